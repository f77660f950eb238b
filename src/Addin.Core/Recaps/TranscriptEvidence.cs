using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;

namespace Addin.Core.Recaps;

/// <summary>Decides whether one piece of evidence is in a transcript: inside the recording, and quoted near its time.</summary>
internal sealed class TranscriptEvidence(Transcript transcript, TimeSpan duration, TimeSpan window)
{
    private readonly (TranscriptSegment Segment, string Text)[] segments =
        [.. transcript.Segments.OrderBy(s => s.Start).Select(s => (s, QuoteText.Normalise(s.Text)))];

    /// <summary>Why <paramref name="evidence"/> fails, or null when it holds.</summary>
    public string? Problem(Evidence? evidence)
    {
        if (evidence is null)
        {
            return "it has no evidence";
        }

        if (evidence.At < TimeSpan.Zero || evidence.At > duration)
        {
            return $"its time {Clock(evidence.At)} is outside the recording (0:00–{Clock(duration)})";
        }

        string quote = QuoteText.Normalise(evidence.Quote ?? "");
        if (quote.Length == 0)
        {
            return "its quote is empty";
        }

        // A quote may run over several segments, so it is looked for in their text joined in time order.
        var from = evidence.At - window;
        var to = evidence.At + window;
        string nearby = string.Join(' ', segments.Where(s => s.Segment.End >= from && s.Segment.Start <= to).Select(s => s.Text));
        return nearby.Contains(quote, StringComparison.Ordinal)
            ? null
            : $"its quote \"{Shorten(evidence.Quote!)}\" is not in the transcript within {window.TotalSeconds:0} s of {Clock(evidence.At)}";
    }

    /// <summary>Why a time range fails, or null when it lies inside the recording.</summary>
    public string? RangeProblem(TimeSpan start, TimeSpan end) =>
        start < TimeSpan.Zero || end > duration || end < start
            ? $"its time range {Clock(start)}–{Clock(end)} is not inside the recording (0:00–{Clock(duration)})"
            : null;

    private static string Clock(TimeSpan time) =>
        time < TimeSpan.Zero ? "-" + Clock(time.Negate())
        : time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)
        : time.ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
