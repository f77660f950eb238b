namespace Addin.Plugins.LocalSummariser;

/// <summary>Topics when there is no curriculum plan: the best recurring key phrases, each from its first to its last mention.</summary>
internal static class KeyPhraseTopicFinder
{
    private const int MaxTopics = 6;

    public static IReadOnlyList<TopicSpan> Find(IReadOnlyList<KeyPhrase> phrases)
    {
        var chosen = new List<KeyPhrase>();
        foreach (var phrase in phrases.Where(p => p.Occurrences.Count >= 2))
        {
            // "common denominator" and "denominator" are one topic: keep the better ranked.
            if (chosen.Count < MaxTopics && !chosen.Any(c => c.Words.Intersect(phrase.Words, StringComparer.Ordinal).Any()))
            {
                chosen.Add(phrase);
            }
        }

        return [.. chosen
            .Select(p => new TopicSpan(p.Phrase, null, p.Occurrences[0].Start, p.Occurrences.Max(o => o.End), p.Occurrences, [p.Words]))
            .OrderBy(t => t.Start).ThenBy(t => t.Title, StringComparer.Ordinal)];
    }
}
