namespace Addin.Plugins.LocalSummariser;

/// <summary>A ranked key phrase and the sentences it occurs in.</summary>
internal sealed record KeyPhrase(string Phrase, IReadOnlyList<string> Words, double Score, IReadOnlyList<Sentence> Occurrences);

/// <summary>
/// Ranks key phrases with RAKE (Rose et al., "Automatic Keyword Extraction from Individual Documents", 2010): candidates
/// are runs of content words between stop words and punctuation; a word scores its degree over its frequency; a phrase
/// scores the sum of its words' scores, here weighted by how often it recurs, since a lesson's topics are repeated.
/// </summary>
internal static class KeyPhraseRanker
{
    private const int MaxPhraseWords = 3;

    public static IReadOnlyList<KeyPhrase> Rank(IReadOnlyList<Sentence> sentences)
    {
        var candidates = new List<(string[] Words, Sentence Sentence)>();
        foreach (var sentence in sentences)
        {
            var run = new List<string>();
            foreach (string word in sentence.Words.Append(""))
            {
                if (word.Length > 0 && !StopWords.Contains(word))
                {
                    run.Add(word);
                    continue;
                }

                if (run.Count is > 0 and <= MaxPhraseWords)
                {
                    candidates.Add(([.. run], sentence));
                }

                run.Clear();
            }
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (words, _) in candidates)
        {
            foreach (string word in words)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
                degree[word] = degree.GetValueOrDefault(word) + words.Length;
            }
        }

        return [.. candidates
            .GroupBy(c => string.Join(' ', c.Words), StringComparer.Ordinal)
            .Select(g =>
            {
                string[] words = g.First().Words;
                double rake = words.Sum(w => (double)degree[w] / frequency[w]);
                var occurrences = g.Select(c => c.Sentence).DistinctBy(s => s.Index).ToList();
                return new KeyPhrase(g.Key, words, Math.Round(rake * Math.Log(1 + occurrences.Count), 6), occurrences);
            })
            .OrderByDescending(p => p.Score).ThenBy(p => p.Phrase, StringComparer.Ordinal)];
    }
}
