using Addin.Core.Transcripts;
using Addin.Sdk.Summaries;

namespace Addin.Core.Quality;

/// <summary>
/// Time per curriculum plan topic from a transcript's segments: a segment belongs to the topic whose keywords (or title)
/// it mentions most, and a topic goes on until a segment mentions another, so the talk that follows a mention counts too.
/// Talk before the first mention belongs to no topic.
/// </summary>
public static class TopicTimes
{
    public static IReadOnlyList<TopicTime> Of(IReadOnlyList<TranscriptLine> lines, IReadOnlyList<CurriculumTopic> plan)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(plan);
        var terms = plan.Select(t => t.Keywords.Append(t.Title).Select(SpokenWords.Normalise).Where(w => w.Count > 0).ToList()).ToList();
        var ticks = new long[plan.Count];
        var mentions = new int[plan.Count];
        int current = -1;
        foreach (var line in lines.OrderBy(l => l.StartMs))
        {
            var words = SpokenWords.Normalise(line.Text);
            int best = -1, bestHits = 0;
            for (int t = 0; t < plan.Count; t++)
            {
                int hits = terms[t].Count(term => Contains(words, term));
                if (hits > bestHits)
                {
                    (best, bestHits) = (t, hits);
                }
            }

            if (best >= 0)
            {
                mentions[best]++;
                current = best;
            }

            if (current >= 0)
            {
                ticks[current] += TimeSpan.FromMilliseconds(Math.Max(0, line.EndMs - line.StartMs)).Ticks;
            }
        }

        return [.. plan.Select((topic, i) => new TopicTime(topic.Id, topic.Title, topic.PlannedDuration, TimeSpan.FromTicks(ticks[i]), mentions[i]))];
    }

    private static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        for (int i = 0; i + phrase.Count <= words.Count; i++)
        {
            int j = 0;
            while (j < phrase.Count && string.Equals(words[i + j], phrase[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j == phrase.Count)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The time a session spent on one plan topic, and how often it was mentioned.</summary>
public sealed record TopicTime(string TopicId, string Title, TimeSpan? Planned, TimeSpan Spoken, int Mentions);
