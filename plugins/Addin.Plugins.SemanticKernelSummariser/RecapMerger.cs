using Addin.Sdk.Summaries;

namespace Addin.Plugins.SemanticKernelSummariser;

/// <summary>Joins the recaps of consecutive chunks into one recap of the session.</summary>
internal static class RecapMerger
{
    /// <summary>
    /// Every part's claims in time order (a stable sort, so a chunk's own order breaks ties); a topic that runs across a
    /// cut, and so was reported by both chunks, becomes one topic. The overview is the parts' overviews in order.
    /// </summary>
    public static Recap Merge(IReadOnlyList<Recap> parts) => parts.Count == 1 ? parts[0] : new Recap
    {
        Overview = string.Join(" ", parts.Select(p => p.Overview).Where(o => o.Length > 0)),
        Topics = JoinRunningTopics(parts.SelectMany(p => p.Topics).OrderBy(t => t.Start)),
        Exchanges = [.. parts.SelectMany(p => p.Exchanges).OrderBy(e => e.Evidence.At)],
        Gaps = [.. parts.SelectMany(p => p.Gaps).OrderBy(g => g.Evidence.At)],
        NextSteps = [.. parts.SelectMany(p => p.NextSteps)],
        ReviewQuestions = [.. parts.SelectMany(p => p.ReviewQuestions).OrderBy(q => q.Evidence.At)],
        Moments = [.. parts.SelectMany(p => p.Moments).OrderBy(m => m.Evidence.At)],
        Run = parts[0].Run,
    };

    private static List<RecapTopic> JoinRunningTopics(IEnumerable<RecapTopic> topics)
    {
        var joined = new List<RecapTopic>();
        foreach (var topic in topics)
        {
            if (joined.Count > 0 && SameTopic(joined[^1], topic))
            {
                var previous = joined[^1];
                joined[^1] = previous with
                {
                    End = topic.End > previous.End ? topic.End : previous.End,
                    Confidence = Math.Max(previous.Confidence, topic.Confidence),
                    Evidence = [.. previous.Evidence, .. topic.Evidence],
                };
            }
            else
            {
                joined.Add(topic);
            }
        }

        return joined;
    }

    private static bool SameTopic(RecapTopic a, RecapTopic b) => a.CurriculumTopicId is not null
        ? a.CurriculumTopicId == b.CurriculumTopicId
        : b.CurriculumTopicId is null && string.Equals(a.Title.Trim(), b.Title.Trim(), StringComparison.OrdinalIgnoreCase);
}
