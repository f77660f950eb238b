using System.Text.Json;
using Addin.Sdk.Captions;
using Addin.Sdk.Transcription;

namespace Addin.Web.Cli;

/// <summary>
/// Reads the transcript given to <c>./addin recap</c>: WebVTT (<c>.vtt</c>, speakers from <c>&lt;v Name&gt;</c>) or JSON
/// (<c>.json</c>: <c>{"segments":[{"start":"00:00:01.5","end":"00:00:04","speaker":"Ms Lee","text":"…"}]}</c>).
/// </summary>
internal static class RecapTranscriptFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The transcript and the problems that did not stop reading it.</summary>
    /// <exception cref="FormatException">The file cannot be read as a transcript; the message says where and why.</exception>
    public static async Task<(Transcript Transcript, IReadOnlyList<string> Warnings)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        string text = await File.ReadAllTextAsync(path, cancellationToken);
        var (segments, warnings) = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".vtt" => FromVtt(text),
            ".json" => (FromJson(text), []),
            var other => throw new FormatException($"'{other}' files are not transcripts; give a WebVTT (.vtt) or JSON (.json) transcript."),
        };
        if (segments.Count == 0)
        {
            throw new FormatException("the transcript has no speech to summarise.");
        }

        return (new Transcript { Segments = segments, EngineId = "file" }, warnings);
    }

    private static (IReadOnlyList<TranscriptSegment>, IReadOnlyList<string>) FromVtt(string text)
    {
        var parsed = WebVttParser.Parse(text);
        return (parsed.Segments, [.. parsed.Problems.Select(p => p.ToString())]);
    }

    private static List<TranscriptSegment> FromJson(string text)
    {
        JsonTranscript? file;
        try
        {
            file = JsonSerializer.Deserialize<JsonTranscript>(text, Json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not a JSON transcript at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        if (file?.Segments is not { } segments)
        {
            throw new FormatException("a JSON transcript is an object with \"segments\": [{\"start\": \"00:00:01.5\", \"end\": \"00:00:04\", \"speaker\": \"…\", \"text\": \"…\"}].");
        }

        return [.. segments.Select((s, i) =>
            s.Start is not { } start || s.End is not { } end || string.IsNullOrWhiteSpace(s.Text) ? throw new FormatException($"segments[{i}] needs \"start\", \"end\" and \"text\".")
            : start < TimeSpan.Zero || end < start ? throw new FormatException($"segments[{i}] ends ({end}) before it starts ({start}).")
            : new TranscriptSegment { Start = start, End = end, Speaker = s.Speaker, Text = s.Text.Trim() })
            .OrderBy(s => s.Start)];
    }

    private sealed record JsonTranscript(List<JsonSegment>? Segments);

    private sealed record JsonSegment(TimeSpan? Start, TimeSpan? End, string? Speaker, string? Text);
}
