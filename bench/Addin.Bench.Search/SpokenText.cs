namespace Addin.Bench.Search;

/// <summary>
/// Generated lesson talk with known frequencies: a vocabulary of common filler and subject words, one common word in
/// about 0.9% of lines (≈13,000 of 2,000 hours' lines), and rare words and a rare phrase planted in a few dozen lines,
/// so the selective queries and the common-word query match what the figures describe.
/// </summary>
internal sealed class SpokenText(int seed)
{
    public const string CommonWord = "example";
    public const string SelectiveQuery = "discriminant polynomial";
    public const string PhraseQuery = "\"factoring quadratics\"";

    private const double CommonShare = 0.009;
    private const double PairShare = 0.00002;
    private const double PhraseShare = 0.00003;
    private const double RareWordShare = 0.0004;

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "sa", "tor", "vel", "qui", "da", "ne", "po", "lu", "ster", "mon", "gra", "fi"];
    private static readonly string[] Everyday =
    [
        "so", "we", "the", "and", "is", "that", "this", "you", "it", "to", "of", "a", "in", "what", "now", "okay", "right", "let", "us",
        "look", "at", "next", "one", "two", "three", "number", "line", "side", "equation", "value", "term", "sign", "answer", "question",
        "think", "about", "why", "because", "then", "first", "second", "step", "check", "write", "down", "again", "same", "different",
    ];

    private readonly Random random = new(seed);
    private readonly string[] vocabulary = [.. Everyday, .. Invented(seed, 3000)];

    /// <summary>One segment of about five seconds: 10–15 words.</summary>
    public string NextLine()
    {
        int count = random.Next(10, 16);
        var words = new List<string>(count + 2);
        for (int i = 0; i < count; i++)
        {
            // Zipf-like: everyday words most of the time, the invented subject vocabulary in a long tail.
            words.Add(random.NextDouble() < 0.6 ? Everyday[random.Next(Everyday.Length)] : vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 2))]);
        }

        Plant(words, CommonShare, CommonWord);
        Plant(words, RareWordShare, "discriminant");
        Plant(words, RareWordShare * 3, "polynomial");
        Plant(words, RareWordShare, "factoring");
        Plant(words, RareWordShare, "quadratics");
        Plant(words, PairShare, "polynomial", "has", "a", "discriminant");
        Plant(words, PhraseShare, "factoring", "quadratics");
        return string.Join(' ', words);
    }

    private void Plant(List<string> words, double share, params string[] planted)
    {
        if (random.NextDouble() < share)
        {
            words.InsertRange(random.Next(words.Count), planted);
        }
    }

    private static IEnumerable<string> Invented(int seed, int count)
    {
        var random = new Random(seed ^ 0x5eed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < count)
        {
            string word = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (seen.Add(word))
            {
                yield return word;
            }
        }
    }
}
