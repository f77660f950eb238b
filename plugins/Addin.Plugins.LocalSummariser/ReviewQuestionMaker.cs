using System.Text.RegularExpressions;

namespace Addin.Plugins.LocalSummariser;

/// <summary>
/// Makes fill-in-the-blank review questions from each topic's sentences: the statement that mentions the topic's terms
/// most, with the term blanked out. The answer is the term as it was said.
/// </summary>
internal static class ReviewQuestionMaker
{
    private const string Blank = "_____";
    private const int MinWords = 6;
    private const int MaxWords = 45;

    public static IEnumerable<(string Question, string Answer, Sentence Source)> Make(IReadOnlyList<TopicSpan> topics)
    {
        var used = new HashSet<int>();
        foreach (var topic in topics)
        {
            var best = topic.Hits
                .Where(s => !s.IsQuestion && s.Words.Count is >= MinWords and <= MaxWords && !used.Contains(s.Index))
                .Select(s => (Sentence: s, Terms: topic.Terms.Where(t => Words.IndexOf(s.Words, t) >= 0).ToList()))
                .Where(c => c.Terms.Count > 0)
                .OrderByDescending(c => c.Terms.Count).ThenByDescending(c => c.Sentence.Words.Count).ThenBy(c => c.Sentence.Index)
                .FirstOrDefault();
            if (best.Sentence is null)
            {
                continue;
            }

            // The longest matching term, found in the sentence as said (any punctuation or spacing between its words).
            var term = best.Terms.OrderByDescending(t => t.Count).First();
            var said = Regex.Match(best.Sentence.Text, @"\b" + string.Join(@"\W+", term.Select(Regex.Escape)) + @"\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (!said.Success)
            {
                continue;
            }

            used.Add(best.Sentence.Index);
            string question = string.Concat(best.Sentence.Text.AsSpan(0, said.Index), Blank, best.Sentence.Text.AsSpan(said.Index + said.Length));
            yield return ($"Fill in the blank: {question}", said.Value, best.Sentence);
        }
    }
}
