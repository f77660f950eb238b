using Addin.Core.Recaps;
using Addin.Lti.Tests.Support;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;

namespace Addin.Core.Tests.Recaps;

/// <summary>Claims whose time is outside the recording or whose quote is not in the transcript near that time are dropped and logged.</summary>
public sealed class RecapEvidenceCheckerTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    private static readonly Transcript Transcript = new()
    {
        EngineId = "test",
        Segments =
        [
            Segment(0, 6, "Ms Lee", "Today we add fractions with different denominators."),
            Segment(7, 12, "Ms Lee", "What is a common denominator of 3 and 4?"),
            Segment(13, 16, "Sam", "Wait, I don't understand."),
            Segment(17, 22, "Sam", "Is it 12?"),
            Segment(200, 206, "Ms Lee", "Yes! Twelve works, because both 3 and 4 divide it."),
        ],
    };

    private readonly LogSink log = new();

    [Fact]
    public void Check_KeepsQuotesDifferingOnlyInCasePunctuationAndSpacing_AndQuotesRunningOverTwoSegments()
    {
        var recap = Recap(
            moments: [new TaggedMoment(MomentKind.Confusion, "Sam is confused", new Evidence(S(13), "wait  i DON’T understand"), 0.8)],
            reviewQuestions: [new ReviewQuestion("Common denominator of 3 and 4?", "12", 0.5, new Evidence(S(200), "twelve works because both 3 and 4 divide it"))],
            gaps: [Gap("Sam lost", new Evidence(S(13), "I don't understand. Is it 12?"))]);

        var result = Check(recap);

        Assert.Empty(result.Dropped);
        Assert.Equal(recap.Moments, result.Recap.Moments);
        Assert.Equal(recap.ReviewQuestions, result.Recap.ReviewQuestions);
        Assert.Equal(recap.Gaps, result.Recap.Gaps);
    }

    [Fact]
    public void Check_DropsHallucinatedQuotes_AndLogsWhy()
    {
        var recap = Recap(
            gaps: [Gap("Sam confuses numerators", new Evidence(S(13), "I always add the numerators")), Gap("Sam lost", new Evidence(S(13), "I don't understand"))],
            moments: [new TaggedMoment(MomentKind.Breakthrough, "Sam gets it", new Evidence(S(17), "<script>alert(1)</script> Oh I see!"), 0.9)]);

        var result = Check(recap);

        Assert.Equal(["Sam lost"], result.Recap.Gaps.Select(g => g.What));
        Assert.Empty(result.Recap.Moments);
        Assert.Equal(["gap: Sam confuses numerators", "moment: Sam gets it"], result.Dropped.Select(d => $"{d.Part}: {d.Claim}"));
        Assert.Contains("its quote \"I always add the numerators\" is not in the transcript within 15 s of 0:13", result.Dropped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("gap 'Sam confuses numerators': its quote \"I always add the numerators\" is not in the transcript", log.All, StringComparison.Ordinal);
        Assert.Contains("moment 'Sam gets it'", log.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DropsQuotesThatAreInTheTranscriptButFarFromTheirTime()
    {
        // Said at 3:20, claimed at 0:10.
        var recap = Recap(moments: [new TaggedMoment(MomentKind.Breakthrough, "Twelve", new Evidence(S(10), "Twelve works"), 0.9)]);

        var result = Check(recap);

        Assert.Empty(result.Recap.Moments);
        Assert.Contains("within 15 s of 0:10", Assert.Single(result.Dropped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DropsClaimsTimedOutsideTheRecording()
    {
        var recap = Recap(
            topics:
            [
                Topic("Fractions", S(0), S(22), new Evidence(S(0), "Today we add fractions")),
                Topic("Decimals", S(200), S(400), new Evidence(S(200), "Twelve works")),
                Topic("Percentages", S(-5), S(10), new Evidence(S(0), "Today we add fractions")),
            ],
            exchanges:
            [
                Exchange("What is a common denominator of 3 and 4?", new Evidence(S(7), "What is a common denominator of 3 and 4?"), new Evidence(S(17), "Is it 12?")),
                Exchange("What is 3 + 4?", new Evidence(S(7), "What is a common denominator"), new Evidence(TimeSpan.FromHours(2), "Is it 12?")),
            ],
            moments: [new TaggedMoment(MomentKind.TopicStart, "Before the start", new Evidence(S(-1), "Today"), 1)]);

        var result = Check(recap);

        Assert.Equal(["Fractions"], result.Recap.Topics.Select(t => t.Title));
        Assert.Equal(["What is a common denominator of 3 and 4?"], result.Recap.Exchanges.Select(e => e.Question));
        Assert.Empty(result.Recap.Moments);
        Assert.Equal(
            [
                "topic Decimals: its time range 3:20–6:40 is not inside the recording (0:00–5:00)",
                "topic Percentages: its time range -0:05–0:10 is not inside the recording (0:00–5:00)",
                "exchange What is 3 + 4?: the answer: its time 2:00:00 is outside the recording (0:00–5:00)",
                "moment Before the start: its time -0:01 is outside the recording (0:00–5:00)",
            ],
            result.Dropped.Select(d => $"{d.Part} {d.Claim}: {d.Reason}"));
    }

    [Fact]
    public void Check_DropsTopicsWithoutEvidenceOrWithAnyBadQuote_AndEmptyQuotes_ButKeepsNextStepsThatNeedNone()
    {
        var recap = Recap(
            topics:
            [
                Topic("No evidence", S(0), S(10)),
                Topic("One bad quote", S(0), S(22), new Evidence(S(0), "Today we add fractions"), new Evidence(S(7), "the lowest common multiple")),
            ],
            gaps: [Gap("Blank", new Evidence(S(13), " ... "))],
            nextSteps: [new NextStep("Continue with mixed numbers", 0.7), new NextStep("Revisit denominators", 0.6, new Evidence(S(13), "made up"))]);

        var result = Check(recap);

        Assert.Empty(result.Recap.Topics);
        Assert.Empty(result.Recap.Gaps);
        Assert.Equal(["Continue with mixed numbers"], result.Recap.NextSteps.Select(s => s.What));
        Assert.Equal(["it has no evidence", "the lowest common multiple", "its quote is empty", "made up"],
            result.Dropped.Select(d => d.Reason.Contains('"', StringComparison.Ordinal) ? d.Reason.Split('"')[1] : d.Reason));
    }

    private CheckedRecap Check(Recap recap) => new RecapEvidenceChecker(log.For<RecapEvidenceChecker>()).Check(recap, Transcript, Duration);

    private static Recap Recap(
        IReadOnlyList<RecapTopic>? topics = null,
        IReadOnlyList<RecapExchange>? exchanges = null,
        IReadOnlyList<ComprehensionGap>? gaps = null,
        IReadOnlyList<NextStep>? nextSteps = null,
        IReadOnlyList<ReviewQuestion>? reviewQuestions = null,
        IReadOnlyList<TaggedMoment>? moments = null) => new()
        {
            Topics = topics ?? [],
            Exchanges = exchanges ?? [],
            Gaps = gaps ?? [],
            NextSteps = nextSteps ?? [],
            ReviewQuestions = reviewQuestions ?? [],
            Moments = moments ?? [],
            Run = new SummariserRun { SummariserId = "test-summariser" },
        };

    private static RecapTopic Topic(string title, TimeSpan start, TimeSpan end, params Evidence[] evidence) =>
        new() { Title = title, Start = start, End = end, Evidence = evidence };

    private static RecapExchange Exchange(string question, Evidence asked, Evidence answered) =>
        new() { Question = question, Answer = "12", Evidence = asked, AnswerEvidence = answered };

    private static ComprehensionGap Gap(string what, Evidence evidence) => new() { What = what, Evidence = evidence };

    private static TranscriptSegment Segment(int start, int end, string speaker, string text) =>
        new() { Start = S(start), End = S(end), Speaker = speaker, Text = text };

    private static TimeSpan S(int seconds) => TimeSpan.FromSeconds(seconds);
}
