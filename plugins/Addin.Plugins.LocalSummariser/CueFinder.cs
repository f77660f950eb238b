using System.Text.RegularExpressions;

namespace Addin.Plugins.LocalSummariser;

/// <summary>
/// Finds confusion, corrections, breakthroughs, unanswered pauses and long student silences. Phrases are matched on
/// what students say (corrections on what instructors say), so an instructor's "don't worry if you're confused" is no cue.
/// </summary>
internal static partial class CueFinder
{
    /// <summary>A question left unanswered this long is a hesitation.</summary>
    public static readonly TimeSpan HesitationPause = TimeSpan.FromSeconds(8);

    /// <summary>Students silent this long while an instructor talks is an engagement drop.</summary>
    public static readonly TimeSpan LongSilence = TimeSpan.FromMinutes(4);

    public static IReadOnlyList<Cue> Find(SessionText session)
    {
        var cues = new List<Cue>();
        bool anyStudent = session.Turns.Any(t => !session.IsInstructor(t.Speaker));
        for (int i = 0; i < session.Turns.Count; i++)
        {
            var turn = session.Turns[i];
            bool instructor = session.IsInstructor(turn.Speaker);
            foreach (var sentence in turn.Sentences)
            {
                if (!instructor && Confused().IsMatch(sentence.Text))
                {
                    cues.Add(new Cue(CueKind.Confusion, sentence, $"{turn.Speaker} is confused", 0.8));
                }
                else if (!instructor && Understood().IsMatch(sentence.Text))
                {
                    cues.Add(new Cue(CueKind.Breakthrough, sentence, $"{turn.Speaker} gets it", 0.7));
                }
            }

            // "No, …" answering a student's question is an answer, not a correction.
            if (instructor && i > 0 && session.Turns[i - 1] is var before && !session.IsInstructor(before.Speaker) && !before.Sentences[^1].IsQuestion
                && Corrects().IsMatch(turn.Sentences[0].Text))
            {
                cues.Add(new Cue(CueKind.Correction, turn.Sentences[0], $"{turn.Speaker} corrects {session.Turns[i - 1].Speaker}", 0.6));
            }

            if (i + 1 < session.Turns.Count && turn.Sentences[^1] is { IsQuestion: true } question
                && session.Turns[i + 1].Start - turn.End is var pause && pause >= HesitationPause)
            {
                cues.Add(new Cue(CueKind.Hesitation, question, $"No answer for {pause.TotalSeconds:0} s", 0.5));
            }

            if (instructor && anyStudent && StudentsSilentFrom(session, i) is { } silence)
            {
                cues.Add(silence);
            }
        }

        return [.. cues.OrderBy(c => c.Sentence.Index).ThenBy(c => c.Kind)];
    }

    // An instructor turn that starts a long stretch with no student speaking; marked where the silence reaches LongSilence.
    private static Cue? StudentsSilentFrom(SessionText session, int turnIndex)
    {
        if (turnIndex > 0 && session.IsInstructor(session.Turns[turnIndex - 1].Speaker))
        {
            return null;
        }

        var start = session.Turns[turnIndex].Start;
        int next = turnIndex;
        while (next < session.Turns.Count && session.IsInstructor(session.Turns[next].Speaker))
        {
            next++;
        }

        var end = next < session.Turns.Count ? session.Turns[next].Start : session.Turns[next - 1].End;
        if (end - start < LongSilence)
        {
            return null;
        }

        var mark = session.Sentences.First(s => s.Start >= start + LongSilence || s.Index == session.Turns[next - 1].Sentences[^1].Index);
        return new Cue(CueKind.Silence, mark, $"Students silent for {(end - start).TotalMinutes:0} min", 0.5);
    }

    [GeneratedRegex(@"\b(i\s+(do\s+not|don'?t|didn'?t|still\s+don'?t)\s+(understand|get|follow)|(i'?m|i\s+am|i'?m\s+a\s+bit|i\s+am\s+a\s+bit|i'?m\s+so|i\s+feel)\s+(confused|lost|stuck)|confus(ed|ing)|what\s+do\s+you\s+mean|makes?\s+no\s+sense|doesn'?t\s+make\s+sense|not\s+sure\s+(how|why|what)|^(wait|hold\s+on|huh)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confused();

    [GeneratedRegex(@"\b(oh,?\s+(i\s+see|right|okay|ok|yes|got\s+it)|i\s+get\s+it|got\s+it|that\s+makes\s+sense|(now\s+)?i\s+understand(\s+now)?|aha|i\s+see\s+now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Understood();

    // An instructor's reply that opens by saying the student is wrong, or says they misread or forgot something.
    [GeneratedRegex(@"^\W*(no\b|not\s+quite|nope|incorrect|careful|close,?\s+but|almost)|\b(that'?s|that\s+is|this\s+is)\s+(wrong|incorrect|not\s+(right|correct|it))\b|\byou(\s+seem\s+to)?\s*(have|'ve)\s+(misunderstood|misread|forgotten|forgot|mixed\s+up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Corrects();
}
