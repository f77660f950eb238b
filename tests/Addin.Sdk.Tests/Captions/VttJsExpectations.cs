using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Addin.Sdk.Tests.Captions;

/// <summary>A cue as mozilla/vtt.js's test suite expects it, in our plain-text terms.</summary>
/// <param name="StartMs">The start time, when the suite gives times (<c>x.json</c>).</param>
/// <param name="EndMs">The end time, likewise.</param>
/// <param name="Text">The cue's text, normalised as <see cref="VttJsExpectations.Normalise"/> says.</param>
/// <param name="Speaker">The first voice's name, when the suite gives the processed cue (<c>x-proc.json</c>).</param>
/// <param name="SpeakerKnown">Whether <paramref name="Speaker"/> comes from the suite (only <c>x-proc.json</c> has voices).</param>
internal sealed record ExpectedCue(long? StartMs, long? EndMs, string Text, string? Speaker, bool SpeakerKnown);

/// <summary>
/// Reads the expected results that come with each <c>x.vtt</c> of mozilla/vtt.js's tests (tests/fixtures/vtt/mozilla-vtt.js-tests):
/// <c>x.json</c> lists the cues after file parsing (times and raw cue text); <c>x-proc.json</c> holds, per cue, the DOM
/// tree vtt.js built from the cue text by the WebVTT cue text rules, whose <c>textContent</c> is the text with tags
/// removed and character references decoded, and whose voice spans carry the voice name as <c>title</c>.
/// </summary>
internal static partial class VttJsExpectations
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures", "vtt", "mozilla-vtt.js-tests");

    /// <summary>Every .vtt of the suite, relative to <see cref="Root"/>, with '/' separators.</summary>
    public static IEnumerable<string> AllFixtures() =>
        Directory.EnumerateFiles(Root, "*.vtt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    public static string ReadVtt(string fixture) => File.ReadAllText(Path.Combine(Root, fixture));

    /// <summary>The cues the suite expects, in file order.</summary>
    public static IReadOnlyList<ExpectedCue> Load(string fixture)
    {
        string stem = Path.Combine(Root, fixture[..^".vtt".Length]);
        var parsed = File.Exists(stem + ".json") ? ReadParsed(stem + ".json") : null;
        var processed = File.Exists(stem + "-proc.json") ? ReadProcessed(stem + "-proc.json") : null;
        if (parsed is null && processed is null)
        {
            throw new InvalidOperationException($"{fixture} has no expected result (neither .json nor a non-null -proc.json).");
        }

        if (parsed is not null && processed is not null && parsed.Count != processed.Count)
        {
            throw new InvalidOperationException($"{fixture}: .json has {parsed.Count} cues but -proc.json {processed.Count}.");
        }

        int count = parsed?.Count ?? processed!.Count;
        return Enumerable.Range(0, count).Select(i => new ExpectedCue(
            parsed?[i].StartMs,
            parsed?[i].EndMs,
            // Prefer vtt.js's own cue text processing; where it gave none (its timestamp tests), strip the tags from
            // the raw text here. Those raw texts hold only complete tags, so the crude regex is exact for them.
            Normalise(processed?[i].Text ?? StripTags(parsed![i].RawText)),
            processed?[i].Speaker,
            processed is not null)).ToList();
    }

    /// <summary>
    /// Our plain-text form, the one <c>CueText.ToPlain</c> promises: whitespace runs (line breaks and no-break spaces
    /// included) become one space, with none at either end. Bidi marks (U+200E, U+200F) are text and stay.
    /// </summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static string StripTags(string raw) => WebUtility.HtmlDecode(CompleteTag().Replace(raw, ""));

    private static List<(long StartMs, long EndMs, string RawText)>? ReadParsed(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("cues").EnumerateArray()
            .Select(c => (Ms(c.GetProperty("startTime").GetDouble()), Ms(c.GetProperty("endTime").GetDouble()), c.GetProperty("text").GetString() ?? ""))
            .ToList();
    }

    private static List<(string Text, string? Speaker)>? ReadProcessed(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        if (json.RootElement.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return json.RootElement.EnumerateArray()
            .Select(cue => (cue.GetProperty("textContent").GetString() ?? "", FirstVoice(cue)))
            .ToList();
    }

    private static string? FirstVoice(JsonElement node)
    {
        if (node.TryGetProperty("localName", out var name) && name.GetString() == "span" &&
            node.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } voice)
        {
            return voice;
        }

        return node.TryGetProperty("childNodes", out var children)
            ? children.EnumerateArray().Select(FirstVoice).FirstOrDefault(v => v is not null)
            : null;
    }

    private static long Ms(double seconds) => (long)Math.Round(seconds * 1000);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex CompleteTag();
}
