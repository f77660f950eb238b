using Addin.Sdk.Summaries;

namespace Addin.Plugins.LocalSummariser.Tests;

/// <summary>The local summariser on WebVTT transcripts with speakers, as Microsoft Teams writes them.</summary>
public sealed class TeamsTranscriptSummaryTests
{
    [Fact]
    public async Task ALesson_GivesTopicsExchangesGapsMomentsAndNextSteps_AllQuotedFromTheTranscript()
    {
        var transcript = Summarise.Vtt("Fixtures/fractions-lesson.vtt");

        var result = await Summarise.CheckedAsync(transcript, Summarise.Plan("Fixtures/fractions-plan.csv"));
        var recap = result.Recap;

        Assert.Empty(result.Dropped);
        Assert.Equal(["Adding fractions@0:01", "Percentages@2:13"], recap.Topics.Select(t => $"{t.Title}@{t.Start:m\\:ss}"));
        Assert.Contains(recap.Exchanges, e => (e.AskedBy, e.AnsweredBy, e.Answer) == ("Ms Lee", "Sam Okafor", "We need a common denominator."));
        Assert.Contains(recap.Exchanges, e => e.AskedBy == "Sam Okafor" && e.Question == "Does the common denominator always have to be the smallest one?");
        Assert.Equal(
            ["Wait, I don't understand why we can't just add the bottom numbers.", "No, adding the denominators changes the size of the pieces.", "Priya, what is four twelfths plus three twelfths?"],
            recap.Gaps.Select(g => g.Evidence.Quote));
        Assert.All(recap.Gaps, g => Assert.StartsWith("Adding fractions: ", g.What, StringComparison.Ordinal));
        Assert.Equal(
            ["TopicStart 0:01", "Confusion 0:39", "Confusion 0:53", "Confusion 1:19", "Breakthrough 1:37", "TopicStart 2:13", "EngagementDrop 6:51"],
            recap.Moments.Select(m => $"{m.Kind} {m.Evidence.At:m\\:ss}"));
        Assert.Equal("No answer for 13 s", recap.Moments[3].Label);
        Assert.Equal(
            ["Revisit Adding fractions: 3 sign(s) of difficulty, the first at 0:39", "Finish Adding fractions: 2.2 of 10 planned minutes covered", "Continue with the plan: Decimals"],
            recap.NextSteps.Select(s => s.What));
        Assert.Equal(["Ms Lee", "Priya Shah", "Sam Okafor"], recap.TalkTime.Select(t => t.Speaker));
        Assert.Equal("common denominator", recap.ReviewQuestions[0].Answer);
    }

    [Fact]
    public async Task AnInstructorsNo_AnsweringAStudentsQuestion_IsNoGap()
    {
        var transcript = Summarise.Vtt("Fixtures/fractions-lesson.vtt");

        var recap = await Summarise.RecapAsync(transcript);

        // At 2:01 Ms Lee answers Sam's question with "No, any common denominator works": an answer, not a misconception.
        Assert.DoesNotContain(recap.Gaps, g => g.Evidence.At == TimeSpan.FromSeconds(121));
    }

    [Theory]
    [InlineData("fixtures/vtt/cycle-collector-talk.vtt")]
    [InlineData("fixtures/vtt/teams_timeframe.vtt")]
    [InlineData("fixtures/vtt/calltranscript-content.response.vtt")]
    public async Task RealTranscripts_GiveOnlyClaimsTheTranscriptBearsOut(string file)
    {
        var transcript = Summarise.Vtt(file);

        var result = await Summarise.CheckedAsync(transcript);

        Assert.Empty(result.Dropped);
        Assert.Equal(transcript.Speakers.Order(StringComparer.Ordinal), result.Recap.TalkTime.Select(t => t.Speaker).Order(StringComparer.Ordinal));
        Assert.Equal("local-summariser", result.Recap.Run.SummariserId);
    }

    [Fact]
    public async Task ATalk_WithoutAPlan_HasItsRecurringKeyPhraseAsATopic()
    {
        var recap = await Summarise.RecapAsync(Summarise.Vtt("fixtures/vtt/cycle-collector-talk.vtt"));

        var topic = Assert.Single(recap.Topics, t => t.Title == "cycle collector");
        Assert.Null(topic.CurriculumTopicId);
        Assert.Contains(recap.Moments, m => m.Kind == MomentKind.TopicStart && m.Label == "cycle collector");
    }
}
