using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.SemanticKernelSummariser.Prompt;

/// <summary>One transcript segment as the model sees it: <c>[00:01:23.4] Speaker: text</c>.</summary>
internal sealed record TranscriptLine(TimeSpan Start, TimeSpan End, string Text)
{
    public const string UnknownSpeaker = TalkTimes.UnknownSpeaker;

    public int Tokens => TokenEstimate.Of(Text) + 1;

    public static TranscriptLine From(TranscriptSegment segment) =>
        new(segment.Start, segment.End, $"[{LineClock.Format(segment.Start)}] {Speaker(segment)}: {segment.Text.ReplaceLineEndings(" ").Trim()}");

    public static string Speaker(TranscriptSegment segment) => TalkTimes.SpeakerOf(segment);
}
