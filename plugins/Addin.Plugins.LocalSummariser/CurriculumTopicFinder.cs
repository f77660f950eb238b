using Addin.Sdk.Summaries;

namespace Addin.Plugins.LocalSummariser;

/// <summary>
/// Maps the session to the curriculum plan: each sentence goes to the plan topic whose keywords (or title) it mentions
/// most; a topic lasts until a sentence mentions another. A topic mentioned in one sentence only is a passing mention,
/// not a change of topic.
/// </summary>
internal static class CurriculumTopicFinder
{
    public static IReadOnlyList<TopicSpan> Find(IReadOnlyList<Sentence> sentences, IReadOnlyList<CurriculumTopic> plan)
    {
        if (sentences.Count == 0)
        {
            return [];
        }

        var terms = plan.Select(t => t.Keywords.Append(t.Title).Select(Words.Of).Where(w => w.Count > 0).ToList()).ToList();
        var spans = new List<(int Topic, int First, List<Sentence> Hits)>();
        foreach (var sentence in sentences)
        {
            int best = -1;
            int bestHits = 0;
            for (int t = 0; t < plan.Count; t++)
            {
                int hits = terms[t].Count(term => Words.IndexOf(sentence.Words, term) >= 0);
                if (hits > bestHits)
                {
                    (best, bestHits) = (t, hits);
                }
            }

            if (best < 0)
            {
                continue;
            }

            if (spans.Count > 0 && spans[^1].Topic == best)
            {
                spans[^1].Hits.Add(sentence);
            }
            else
            {
                spans.Add((best, sentence.Index, [sentence]));
            }
        }

        // Passing mentions fold into the topic before them; neighbours of the same topic then join.
        var merged = new List<(int Topic, int First, List<Sentence> Hits)>();
        var kept = spans.Where(s => s.Hits.Count > 1).ToList();
        foreach (var span in kept.Count > 0 ? kept : spans)
        {
            if (merged.Count > 0 && merged[^1].Topic == span.Topic)
            {
                merged[^1].Hits.AddRange(span.Hits);
            }
            else
            {
                merged.Add((span.Topic, span.Hits[0].Index, [.. span.Hits]));
            }
        }

        return [.. merged.Select((span, i) =>
        {
            var topic = plan[span.Topic];
            var start = sentences[span.First].Start;
            // Up to the next topic's first mention; when that is in the middle of a segment, up to the segment's start.
            var end = i + 1 < merged.Count ? Min(sentences[merged[i + 1].First - 1].End, sentences[merged[i + 1].First].Start) : sentences[^1].End;
            return new TopicSpan(topic.Title, topic.Id, start, end > start ? end : sentences[span.First].End, span.Hits, terms[span.Topic]);
        })];
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
