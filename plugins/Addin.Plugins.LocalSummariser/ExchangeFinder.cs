namespace Addin.Plugins.LocalSummariser;

/// <summary>
/// Finds questions that another speaker answers: a turn ending in a question, followed by someone else's turn. The most
/// significant are kept: those about the session's topics, with a real answer, and those students ask.
/// </summary>
internal static class ExchangeFinder
{
    public const int MaxExchanges = 8;

    // Enough of the reply to quote it: its sentences from the reply's first segment, up to this many words.
    private const int MaxAnswerWords = 40;

    public static IReadOnlyList<Exchange> Find(SessionText session, IReadOnlySet<string> topicWords)
    {
        var exchanges = new List<Exchange>();
        for (int i = 0; i + 1 < session.Turns.Count; i++)
        {
            var question = session.Turns[i].Sentences.LastOrDefault(s => s.IsQuestion);
            if (question is null || question.Index < session.Turns[i].Sentences[^1].Index - 1)
            {
                continue;
            }

            var reply = session.Turns[i + 1];
            var answer = new List<Sentence>();
            foreach (var sentence in reply.Sentences.TakeWhile(s => s.Start == reply.Start))
            {
                if (answer.Count > 0 && answer.Sum(a => a.Words.Count) + sentence.Words.Count > MaxAnswerWords)
                {
                    break;
                }

                answer.Add(sentence);
            }

            double onTopic = question.Words.Concat(answer.SelectMany(a => a.Words)).Distinct(StringComparer.Ordinal).Count(topicWords.Contains);
            double substance = Math.Min(answer.Sum(a => a.Words.Count), 20) / 10.0;
            double askedByStudent = session.IsInstructor(question.Speaker) ? 0 : 1.5;
            exchanges.Add(new Exchange(question, answer, onTopic + substance + askedByStudent));
        }

        return [.. exchanges
            .OrderByDescending(e => e.Significance).ThenBy(e => e.Question.Index)
            .Take(MaxExchanges)
            .OrderBy(e => e.Question.Index)];
    }
}
