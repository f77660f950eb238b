using Addin.Sdk.Transcription;

namespace Addin.Plugins.OpenAiTranscription;

/// <summary>One piece's transcript, its segments already on the recording's timeline.</summary>
internal sealed record PieceTranscript(TimeSpan Start, TimeSpan End, IReadOnlyList<TranscriptSegment> Segments);

/// <summary>
/// Joins the transcripts of overlapping pieces. Around each seam the words the earlier piece heard after the cut and the
/// words the later piece heard before the earlier one ended are the same speech twice: the longest run of words both
/// share is kept once, the earlier piece's words after it (often a word cut off at its end) and the later piece's words
/// before it are dropped. When they share no word the seam is the cut: the earlier piece's words from there are dropped.
/// </summary>
internal static class SeamJoiner
{
    /// <summary>Timings from segment-level timestamps are estimates: words this close to the overlap still count as in it.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    public static IReadOnlyList<TranscriptSegment> Join(IReadOnlyList<PieceTranscript> pieces)
    {
        var joined = new List<Word>();
        for (int p = 0; p < pieces.Count; p++)
        {
            var words = Words(pieces[p], p);
            if (p == 0)
            {
                joined.AddRange(words);
                continue;
            }

            TimeSpan cut = pieces[p].Start, previousEnd = pieces[p - 1].End;
            int tailStart = joined.FindIndex(w => w.End > cut - Slack);
            tailStart = tailStart < 0 ? joined.Count : tailStart;
            var tail = joined.GetRange(tailStart, joined.Count - tailStart);
            var head = words.TakeWhile(w => w.Start < previousEnd + Slack).ToList();
            var (inTail, inHead, length) = LongestSharedRun(tail, head);
            if (length > 0)
            {
                joined.RemoveRange(tailStart + inTail + length, tail.Count - inTail - length);
                joined.AddRange(words.Skip(inHead + length));
            }
            else
            {
                joined.RemoveAll(w => w.Start >= cut);
                joined.AddRange(words);
            }
        }

        return Segments(joined);
    }

    private static (int InTail, int InHead, int Length) LongestSharedRun(List<Word> tail, List<Word> head)
    {
        var best = (0, 0, 0);
        var run = new int[tail.Count + 1, head.Count + 1];
        for (int i = 1; i <= tail.Count; i++)
        {
            for (int j = 1; j <= head.Count; j++)
            {
                if (tail[i - 1].Key.Length == 0 || !string.Equals(tail[i - 1].Key, head[j - 1].Key, StringComparison.Ordinal))
                {
                    continue;
                }

                run[i, j] = run[i - 1, j - 1] + 1;
                if (run[i, j] > best.Item3)
                {
                    best = (i - run[i, j], j - run[i, j], run[i, j]);
                }
            }
        }

        return best;
    }

    /// <summary>Splits segments into words, sharing each segment's time among its words by their length.</summary>
    private static List<Word> Words(PieceTranscript piece, int pieceIndex)
    {
        var words = new List<Word>();
        for (int s = 0; s < piece.Segments.Count; s++)
        {
            var segment = piece.Segments[s];
            string[] tokens = segment.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            double total = tokens.Sum(t => t.Length + 1), before = 0;
            var span = segment.End - segment.Start;
            foreach (string token in tokens)
            {
                var start = segment.Start + (span * (before / total));
                before += token.Length + 1;
                words.Add(new Word(token, Normalise(token), start, segment.Start + (span * (before / total)), new SegmentKey(pieceIndex, s), segment));
            }
        }

        return words;
    }

    private static List<TranscriptSegment> Segments(List<Word> words)
    {
        var segments = new List<TranscriptSegment>();
        int i = 0;
        while (i < words.Count)
        {
            int j = i;
            while (j < words.Count && words[j].Segment == words[i].Segment)
            {
                j++;
            }

            var original = words[i].Original;
            var group = words.GetRange(i, j - i);
            bool whole = group.Count == original.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            segments.Add(original with
            {
                Start = whole ? original.Start : group[0].Start,
                End = whole ? original.End : group[^1].End,
                Text = whole ? original.Text.Trim() : string.Join(' ', group.Select(w => w.Text)),
            });
            i = j;
        }

        return segments;
    }

    private static string Normalise(string token) =>
        string.Concat(token.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private readonly record struct SegmentKey(int Piece, int Segment);

    private sealed record Word(string Text, string Key, TimeSpan Start, TimeSpan End, SegmentKey Segment, TranscriptSegment Original);
}
