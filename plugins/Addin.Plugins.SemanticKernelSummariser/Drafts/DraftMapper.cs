using Addin.Plugins.SemanticKernelSummariser.Prompt;
using Addin.Sdk.Summaries;

namespace Addin.Plugins.SemanticKernelSummariser.Drafts;

/// <summary>
/// Turns a checked <see cref="RecapDraft"/> into the SDK's recap parts. Quotes are kept exactly as the model wrote them:
/// the host's evidence check, not this plugin, decides whether they are in the transcript.
/// </summary>
internal static class DraftMapper
{
    public static Recap ToRecap(RecapDraft draft, IReadOnlyCollection<string> planTopicIds, SummariserRun run) => new()
    {
        Overview = draft.Overview.Trim(),
        Topics = [.. draft.Topics.Select(t => new RecapTopic
        {
            Title = t.Title,
            Start = Time(t.Start),
            End = Time(t.End),
            // An id the plan does not have is the model's invention, not a mapping.
            CurriculumTopicId = t.CurriculumTopicId is { } id && planTopicIds.Contains(id) ? id : null,
            Confidence = t.Confidence,
            Evidence = [.. t.Evidence.Select(Evidence)],
        })],
        Exchanges = [.. draft.Exchanges.Select(e => new RecapExchange
        {
            Question = e.Question,
            Answer = e.Answer,
            AskedBy = e.AskedBy,
            AnsweredBy = e.AnsweredBy,
            Confidence = e.Confidence,
            Evidence = Evidence(e.QuestionEvidence),
            AnswerEvidence = Evidence(e.AnswerEvidence),
        })],
        Gaps = [.. draft.Gaps.Select(g => new ComprehensionGap
        {
            What = g.What,
            Student = g.Student,
            Severity = g.Severity switch
            {
                DraftSeverity.High => GapSeverity.High,
                DraftSeverity.Medium => GapSeverity.Medium,
                _ => GapSeverity.Low,
            },
            Confidence = g.Confidence,
            Evidence = Evidence(g.Evidence),
        })],
        NextSteps = [.. draft.NextSteps.Select(s => new NextStep(s.What, s.Confidence, s.Evidence is null ? null : Evidence(s.Evidence)))],
        ReviewQuestions = [.. draft.ReviewQuestions.Select(q => new ReviewQuestion(q.Question, q.Answer, q.Confidence, Evidence(q.Evidence)))],
        Moments = [.. draft.Moments.Select(m => new TaggedMoment(
            m.Kind switch
            {
                DraftMomentKind.Confusion => MomentKind.Confusion,
                DraftMomentKind.Breakthrough => MomentKind.Breakthrough,
                DraftMomentKind.EngagementDrop => MomentKind.EngagementDrop,
                _ => MomentKind.TopicStart,
            },
            m.Label, Evidence(m.Evidence), m.Confidence))],
        Run = run,
    };

    private static Evidence Evidence(EvidenceDraft evidence) => new(Time(evidence.At), evidence.Quote);

    /// <summary>DraftReader has already refused answers with a time that does not parse.</summary>
    private static TimeSpan Time(string text) =>
        LineClock.TryParse(text, out var time) ? time : throw new InvalidOperationException($"Unchecked draft: \"{text}\" is not a timestamp.");
}
