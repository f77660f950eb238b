using System.Text.Json;
using Addin.Sdk.Transcription;

namespace Addin.Testing;

/// <summary>
/// The MathDial tutoring dialogues (tests/fixtures/transcripts/mathdial, CC BY-SA 4.0) as transcripts. They have no
/// times, so each turn is timed as spoken at 150 words a minute with a second between turns. A test project that uses
/// them links this file and copies the fixture to fixtures/mathdial.
/// </summary>
internal static class MathDial
{
    public sealed record Dialogue(string Question, string Confusion, IReadOnlyList<(string Speaker, string Move, string Text)> Turns);

    public static IReadOnlyList<Dialogue> All { get; } = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "mathdial", "mathdial_20.jsonl"))
        .Select(line => JsonDocument.Parse(line).RootElement)
        .Select(d => new Dialogue(
            d.GetProperty("question").GetString()!,
            d.GetProperty("teacher_described_confusion").GetString()!,
            [.. d.GetProperty("turns").EnumerateArray().Select(t => (
                t.GetProperty("speaker").GetString() == "teacher" ? "Teacher" : "Student",
                t.GetProperty("move").GetString()!,
                t.GetProperty("text").GetString()!))]))];

    /// <summary>The dialogues one after the other as one session, half a minute apart, with the time range of each.</summary>
    public static (Transcript Transcript, IReadOnlyList<(TimeSpan Start, TimeSpan End)> Ranges) Session(IEnumerable<Dialogue> dialogues)
    {
        var segments = new List<TranscriptSegment>();
        var ranges = new List<(TimeSpan, TimeSpan)>();
        var at = TimeSpan.Zero;
        foreach (var dialogue in dialogues)
        {
            var start = at;
            foreach (var (speaker, _, text) in dialogue.Turns)
            {
                var spoken = TimeSpan.FromSeconds(Math.Max(2, Math.Round(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / 2.5)));
                segments.Add(new TranscriptSegment { Start = at, End = at + spoken, Speaker = speaker, Text = text });
                at += spoken + TimeSpan.FromSeconds(1);
            }

            ranges.Add((start, at));
            at += TimeSpan.FromSeconds(30);
        }

        return (new Transcript { Segments = segments, EngineId = "mathdial" }, ranges);
    }
}
