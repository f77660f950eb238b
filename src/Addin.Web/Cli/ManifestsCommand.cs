using System.Text;
using Addin.Web.Configuration;
using Addin.Web.Lti;
using Addin.Web.Manifests;
using Addin.Web.Teams;
using Microsoft.Extensions.Options;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin manifests --base-url URL [--teams-client-id GUID] [--out folder]</c>: writes the LMS configurations and
/// the Teams app package files for an installation's URL.
/// </summary>
internal static class ManifestsCommand
{
    public const string ExampleBaseUrl = "https://addin.example.edu";

    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output)
    {
        string baseUrl = configuration["base-url"] ?? ExampleBaseUrl;
        string folder = configuration["out"] ?? "manifests";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            await output.WriteLineAsync($"--base-url '{baseUrl}' must be an absolute http(s) URL, for example {ExampleBaseUrl}.");
            return 1;
        }

        var teams = configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() ?? new TeamsOptions();
        teams.ClientId = configuration["teams-client-id"] ?? teams.ClientId;
        if (teams.IsConfigured && !Guid.TryParse(teams.ClientId, out _))
        {
            await output.WriteLineAsync($"The Teams client id '{teams.ClientId}' must be the Entra app's Application (client) ID, a GUID.");
            return 1;
        }

        foreach (var file in Generate(uri, teams))
        {
            string target = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, file.Content);
            await output.WriteLineAsync($"wrote {target}");
        }

        return 0;
    }

    /// <summary>The files, by their path under manifests/, for a base URL (and the Teams settings: the Entra client id).</summary>
    public static IReadOnlyList<ManifestFile> Generate(Uri baseUrl, TeamsOptions? teams = null)
    {
        var urls = new ToolUrls(Options.Create(new AddinOptions { PublicBaseUrl = baseUrl }));
        teams ??= new TeamsOptions();
        return
        [
            ManifestFile.Text(Path.Combine("canvas", "lti-1.3-config.json"), CanvasConfiguration.Write(urls)),
            ManifestFile.Text(Path.Combine("moodle", "tool-settings.json"), MoodleConfiguration.Write(urls)),
            ManifestFile.Text(Path.Combine("teams", "manifest.json"), TeamsManifest.Write(urls, teams)),
            new(Path.Combine("teams", TeamsManifest.ColorIcon), TeamsIcons.Color()),
            new(Path.Combine("teams", TeamsManifest.OutlineIcon), TeamsIcons.Outline()),
        ];
    }
}

/// <summary>One generated file: its path under manifests/ and its bytes.</summary>
internal sealed record ManifestFile(string Path, byte[] Content)
{
    public static ManifestFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    public bool IsPng => Path.EndsWith(".png", StringComparison.Ordinal);
}
