using System.Text.Json;
using Addin.Sdk.Recordings;

namespace Addin.Plugins.Folder;

/// <summary>
/// The optional metadata file beside a recording, <c>&lt;name&gt;.json</c>:
/// <c>{ "title", "startedAt", "endedAt", "participants": [{ "lmsUserId", "email", "displayName" }] }</c>.
/// </summary>
internal sealed record Sidecar
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public string? Title { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public IReadOnlyList<ParticipantReference>? Participants { get; init; }

    public Task WriteAsync(Stream stream, CancellationToken cancellationToken) => JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);

    /// <summary>Reads the sidecar at <paramref name="path"/>: the metadata, nothing when there is no file, or a problem in words.</summary>
    public static async Task<(Sidecar? Value, string? Problem)> ReadAsync(string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return (null, null);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return (await JsonSerializer.DeserializeAsync<Sidecar>(stream, Json, cancellationToken), null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, null);
        }
        catch (JsonException ex)
        {
            // A bad sidecar costs the metadata, not the recording: it is reported and the recording still imported.
            // A syntax error wraps the reader's own exception; a value of the wrong shape does not.
            string what = ex.InnerException is not JsonException && ex.Path is { Length: > 2 } field
                ? $"the value of '{field[2..]}' cannot be read (dates look like 2025-03-14T09:00:00Z)"
                : "it is not valid JSON";
            return (null, $"{Path.GetFileName(path)} line {ex.LineNumber + 1}: {what}; without it, who may see the session is unknown. Correct the file and drop the recording again.");
        }
    }
}
