using System.Globalization;
using Addin.Sdk.Summaries;

namespace Addin.Plugins.LocalSummariser;

/// <summary>
/// Drafts a recap from the transcript alone, quoting it for every claim: topics from the curriculum plan's keywords (or
/// the transcript's key phrases), exchanges from questions another speaker answers, gaps from confusion cues and
/// corrections, review questions from the topics' sentences, moments from all of these, and talk-time shares.
/// The same transcript and plan always give the same recap.
/// </summary>
internal sealed class ExtractiveSummariser(string providerId) : ISummariser
{
    private const int MaxGapNextSteps = 3;

    public Task<Recap> SummariseAsync(SummaryRequest request, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var talkTime = TalkTimes.Measure(request.Transcript);
        var session = SessionText.From(request.Transcript, request.InstructorSpeakers, talkTime);
        var phrases = KeyPhraseRanker.Rank(session.Sentences);
        var spans = request.Curriculum.Count > 0
            ? CurriculumTopicFinder.Find(session.Sentences, request.Curriculum)
            : KeyPhraseTopicFinder.Find(phrases);
        progress?.Report(0.5);
        cancellationToken.ThrowIfCancellationRequested();

        var topicWords = spans.SelectMany(s => s.Terms).SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        var exchanges = ExchangeFinder.Find(session, topicWords);
        var cues = CueFinder.Find(session);
        var gaps = Gaps(cues, spans, session);
        var topics = spans.Select(Topic).ToList();
        var recap = new Recap
        {
            Overview = Overview(request, talkTime, topics, exchanges.Count, gaps.Count),
            Topics = topics,
            Exchanges = [.. exchanges.Select(e => new RecapExchange
            {
                Question = e.Question.Text,
                Answer = e.AnswerText,
                AskedBy = e.Question.Speaker,
                AnsweredBy = e.Answer[0].Speaker,
                Confidence = Math.Round(Math.Min(0.9, 0.4 + (0.05 * e.Significance)), 2),
                Evidence = Quote(e.Question),
                AnswerEvidence = new Evidence(e.Answer[0].Start, e.AnswerText),
            })],
            Gaps = gaps,
            NextSteps = NextSteps(gaps, spans, request.Curriculum),
            ReviewQuestions = [.. ReviewQuestionMaker.Make(spans).Select(q => new ReviewQuestion(q.Question, q.Answer, 0.5, Quote(q.Source)))],
            Moments = Moments(spans, cues),
            TalkTime = talkTime,
            Run = new SummariserRun { SummariserId = providerId },
        };
        progress?.Report(1);
        return Task.FromResult(recap);
    }

    private static RecapTopic Topic(TopicSpan span) => new()
    {
        Title = span.Title,
        Start = span.Start,
        End = span.End,
        CurriculumTopicId = span.CurriculumTopicId,
        Confidence = Math.Round(span.CurriculumTopicId is null ? Math.Min(0.8, 0.3 + (0.1 * span.Hits.Count)) : Math.Min(0.95, 0.5 + (0.1 * span.Hits.Count)), 2),
        Evidence = [.. span.Hits.Take(3).Select(Quote)],
    };

    private static List<ComprehensionGap> Gaps(IReadOnlyList<Cue> cues, IReadOnlyList<TopicSpan> spans, SessionText session)
    {
        var gapCues = cues.Where(c => c.Kind is CueKind.Confusion or CueKind.Correction or CueKind.Hesitation).ToList();
        // Several signs of difficulty within one topic make each of them more severe.
        var perTopic = gapCues.GroupBy(c => TopicAt(spans, c.Sentence)?.Title ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. gapCues.Select(cue =>
        {
            string? topic = TopicAt(spans, cue.Sentence)?.Title;
            int count = perTopic[topic ?? ""];
            var severity = count >= 3 ? GapSeverity.High : count == 2 || cue.Kind == CueKind.Confusion ? GapSeverity.Medium : GapSeverity.Low;
            string what = cue.Kind switch
            {
                CueKind.Confusion => $"{cue.Sentence.Speaker} said they did not follow",
                CueKind.Correction => $"Corrected: {Shorten(cue.Sentence.Text)}",
                _ => $"No answer to \"{Shorten(cue.Sentence.Text)}\"",
            };
            return new ComprehensionGap
            {
                What = topic is null ? what : $"{topic}: {what}",
                Student = cue.Kind switch
                {
                    CueKind.Confusion => cue.Sentence.Speaker,
                    CueKind.Correction => session.Sentences.Take(cue.Sentence.Index).LastOrDefault(s => !session.IsInstructor(s.Speaker))?.Speaker,
                    _ => null,
                },
                Severity = severity,
                Confidence = cue.Confidence,
                Evidence = Quote(cue.Sentence),
            };
        })];
    }

    private static List<NextStep> NextSteps(IReadOnlyList<ComprehensionGap> gaps, IReadOnlyList<TopicSpan> spans, IReadOnlyList<CurriculumTopic> plan)
    {
        var steps = gaps
            .GroupBy(g => g.What.Split(": ")[0], StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(x => x.Severity)).ThenBy(g => g.First().Evidence.At)
            .Take(MaxGapNextSteps)
            .Select(g => new NextStep($"Revisit {g.Key}: {g.Count()} sign(s) of difficulty, the first at {Clock(g.First().Evidence.At)}", 0.6, g.First().Evidence))
            .ToList();

        foreach (var topic in plan.Where(t => t.PlannedDuration is not null))
        {
            var covered = spans.Where(s => s.CurriculumTopicId == topic.Id).ToList();
            var minutes = TimeSpan.FromTicks(covered.Sum(s => (s.End - s.Start).Ticks));
            if (covered.Count > 0 && minutes < topic.PlannedDuration!.Value / 2)
            {
                steps.Add(new NextStep($"Finish {topic.Title}: {minutes.TotalMinutes:0.#} of {topic.PlannedDuration.Value.TotalMinutes:0.#} planned minutes covered", 0.6, Quote(covered[0].Hits[0])));
            }
        }

        int last = spans.Select(s => plan.ToList().FindIndex(t => t.Id == s.CurriculumTopicId)).DefaultIfEmpty(-1).Max();
        if (plan.Skip(last + 1).FirstOrDefault() is { } next)
        {
            steps.Add(new NextStep($"Continue with the plan: {next.Title}", 0.7));
        }

        return steps;
    }

    private static List<TaggedMoment> Moments(IReadOnlyList<TopicSpan> spans, IReadOnlyList<Cue> cues) =>
    [
        .. spans.Select(s => (s.Hits[0].Index, Moment: new TaggedMoment(MomentKind.TopicStart, s.Title, Quote(s.Hits[0]), 0.7)))
            .Concat(cues.Select(c => (c.Sentence.Index, Moment: new TaggedMoment(
                c.Kind switch
                {
                    CueKind.Breakthrough => MomentKind.Breakthrough,
                    CueKind.Silence => MomentKind.EngagementDrop,
                    _ => MomentKind.Confusion,
                },
                c.Label, Quote(c.Sentence), c.Confidence))))
            .OrderBy(m => m.Index).ThenBy(m => m.Moment.Kind)
            .Select(m => m.Moment),
    ];

    private static string Overview(SummaryRequest request, IReadOnlyList<TalkTime> talkTime, IReadOnlyList<RecapTopic> topics, int exchanges, int gaps)
    {
        string speakers = string.Join(", ", talkTime.Select(t => $"{t.Speaker} {t.Share * 100:0}%"));
        string covered = topics.Count == 0 ? "no recurring topic found" : "topics: " + string.Join(", ", topics.Select(t => t.Title).Distinct(StringComparer.Ordinal));
        return $"{Clock(request.Duration)} session ({speakers} of talk time); {covered}. {exchanges} question(s) answered, {gaps} sign(s) of difficulty.";
    }

    private static TopicSpan? TopicAt(IReadOnlyList<TopicSpan> spans, Sentence sentence) =>
        spans.LastOrDefault(s => s.Start <= sentence.Start && sentence.Start <= s.End);

    private static Evidence Quote(Sentence sentence) => new(sentence.Start, sentence.Text);

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "...";

    private static string Clock(TimeSpan time) =>
        time.ToString(time.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
