using Addin.Core.Transcripts;
using Addin.Sdk.Captions;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Testing;

namespace Addin.Core.Tests.Quality;

/// <summary>Real transcripts as the quality rules read them: MathDial tutoring dialogues and a Teams-style WebVTT file.</summary>
internal static class QualityInputs
{
    /// <summary>The plan the first MathDial dialogues follow, in teaching order.</summary>
    public static IReadOnlyList<CurriculumTopic> Plan { get; } =
    [
        Topic("counting-spoons", "Counting spoons", 1, "spoons", "stew"),
        Topic("hot-dogs-for-guests", "Hot dogs for guests", 2, "hotdogs", "hot dogs", "guests"),
        Topic("tyre-repair-revenue", "Tyre repair revenue", 1, "revenue", "tires", "mechanic"),
        Topic("chicken-feed", "Chicken feed", 1, "feed", "chickens"),
        Topic("download-times", "Download times", 1, "download", "gigabytes"),
    ];

    public static IReadOnlyList<TranscriptLine> MathDialLines(params int[] dialogues) =>
        Lines(MathDial.Session(dialogues.Select(i => MathDial.All[i])).Transcript.Segments);

    public static IReadOnlyList<TranscriptLine> TeamsLines() =>
        Lines(WebVttParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "vtt", "teams_timeframe.vtt"))).Segments);

    public static IReadOnlyList<TranscriptLine> Lines(IEnumerable<TranscriptSegment> segments) =>
        [.. segments.Select((s, i) => new TranscriptLine
        {
            Index = i,
            StartMs = (long)s.Start.TotalMilliseconds,
            EndMs = (long)s.End.TotalMilliseconds,
            Speaker = s.Speaker,
            Text = s.Text,
        })];

    private static CurriculumTopic Topic(string id, string title, double minutes, params string[] keywords) =>
        new() { Id = id, Title = title, Keywords = keywords, PlannedDuration = TimeSpan.FromMinutes(minutes) };
}
