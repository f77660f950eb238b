using System.Text.RegularExpressions;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.LocalSummariser;

/// <summary>A transcript as sentences and speaker turns, with who the instructors are.</summary>
internal sealed partial class SessionText
{
    /// <summary>How a segment without a speaker is attributed.</summary>
    public const string UnknownSpeaker = TalkTimes.UnknownSpeaker;

    private SessionText(IReadOnlyList<Sentence> sentences, IReadOnlyList<Turn> turns, IReadOnlySet<string> instructors)
    {
        Sentences = sentences;
        Turns = turns;
        Instructors = instructors;
    }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Turn> Turns { get; }

    public IReadOnlySet<string> Instructors { get; }

    public bool IsInstructor(string speaker) => Instructors.Contains(speaker);

    /// <param name="transcript">The transcript.</param>
    /// <param name="instructorSpeakers">Known instructors; when none are known they are inferred (see <see cref="InferInstructors"/>).</param>
    /// <param name="talkTime">Talk time per speaker, for inferring instructors.</param>
    public static SessionText From(Transcript transcript, IReadOnlyList<string> instructorSpeakers, IReadOnlyList<Sdk.Summaries.TalkTime> talkTime)
    {
        var sentences = new List<Sentence>();
        var turns = new List<Turn>();
        var turn = new List<Sentence>();
        foreach (var segment in transcript.Segments.OrderBy(s => s.Start))
        {
            string speaker = Speaker(segment);
            if (turn.Count > 0 && turn[0].Speaker != speaker)
            {
                turns.Add(new Turn(turn[0].Speaker, turn[0].Start, turn[^1].End, [.. turn]));
                turn.Clear();
            }

            foreach (string text in SentenceBreak().Split(segment.Text.Trim()).Where(t => t.Length > 0))
            {
                var sentence = new Sentence(sentences.Count, text, speaker, segment.Start, segment.End, Words.Of(text));
                sentences.Add(sentence);
                turn.Add(sentence);
            }
        }

        if (turn.Count > 0)
        {
            turns.Add(new Turn(turn[0].Speaker, turn[0].Start, turn[^1].End, [.. turn]));
        }

        return new SessionText(sentences, turns, InferInstructors(instructorSpeakers, talkTime));
    }

    public static string Speaker(TranscriptSegment segment) => TalkTimes.SpeakerOf(segment);

    /// <summary>
    /// The given instructors; otherwise the speakers named teacher, tutor or instructor; otherwise, when several people
    /// speak, the one who talks most (in a lesson that is nearly always the instructor).
    /// </summary>
    private static HashSet<string> InferInstructors(IReadOnlyList<string> given, IReadOnlyList<Sdk.Summaries.TalkTime> talkTime)
    {
        if (given.Count > 0)
        {
            return new HashSet<string>(given, StringComparer.Ordinal);
        }

        var named = talkTime.Select(t => t.Speaker).Where(s => InstructorName().IsMatch(s)).ToHashSet(StringComparer.Ordinal);
        if (named.Count > 0)
        {
            return named;
        }

        return talkTime.Count > 1 ? new HashSet<string>([talkTime[0].Speaker], StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
    }

    // After . ! or ? and before whitespace; "3.5" and "e.g. x" stay whole enough for quoting.
    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(teacher|tutor|instructor|lecturer|professor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstructorName();
}
