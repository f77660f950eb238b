using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Addin.Lti.DeepLinking;
using Addin.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Addin.Web.Demo;

/// <summary>A link Addin placed in a demo course through deep linking, as the LMS keeps it.</summary>
public sealed record DemoPlacedLink(
    string Id,
    string CourseContextId,
    string Title,
    string? Text,
    Uri? Url,
    IReadOnlyDictionary<string, string> Custom,
    DateTimeOffset PlacedAt)
{
    /// <summary>The resource link id the demo platform sends when the link is launched.</summary>
    [JsonIgnore]
    public string ResourceLinkId => "demo-link-" + Id;
}

/// <summary>
/// The demo platform's placed links, kept in <c>demo-platform/placed-links.json</c> under the data directory so they
/// survive a restart. One process writes it; a gate keeps concurrent returns from losing each other's links.
/// </summary>
public sealed class DemoPlacedLinks(IOptions<AddinOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly string path = Path.Combine(options.Value.DataDirectory, "demo-platform", "placed-links.json");

    public async Task<IReadOnlyList<DemoPlacedLink>> AllAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await ReadAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<DemoPlacedLink?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(l => l.Id == id);

    /// <summary>Places the resource links a tool returned into a course; returns them as placed.</summary>
    public async Task<IReadOnlyList<DemoPlacedLink>> AddAsync(string courseContextId, IEnumerable<LtiResourceLinkItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var placed = items.Select(i => new DemoPlacedLink(
                Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9)), courseContextId, i.Title, i.Text, i.Url, i.Custom, time.GetUtcNow()))
            .ToList();
        await gate.WaitAsync(cancellationToken);
        try
        {
            var all = (await ReadAsync(cancellationToken)).Concat(placed).ToList();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string partial = path + ".tmp";
            await File.WriteAllTextAsync(partial, JsonSerializer.Serialize(all, JsonSerializerOptions.Web), cancellationToken);
            File.Move(partial, path, overwrite: true);
            return placed;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<List<DemoPlacedLink>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<DemoPlacedLink>>(await File.ReadAllTextAsync(path, cancellationToken), JsonSerializerOptions.Web) ?? [];
        }
        catch (JsonException ex)
        {
            // Never start over silently: that would drop every placed link. The file stays for a person to fix or delete.
            throw new InvalidOperationException($"The demo platform's placed links in {path} cannot be read ({ex.Message}). Fix or delete the file.", ex);
        }
    }
}
