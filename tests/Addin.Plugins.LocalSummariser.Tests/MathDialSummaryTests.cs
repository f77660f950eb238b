using System.Text.Json;
using Addin.Sdk.Summaries;
using Addin.Testing;

namespace Addin.Plugins.LocalSummariser.Tests;

/// <summary>The local summariser on real one-to-one maths tutoring dialogues (MathDial).</summary>
public sealed class MathDialSummaryTests
{
    private static readonly IReadOnlyList<CurriculumTopic> Plan =
    [
        new() { Id = "spoons", Title = "Counting spoons", Keywords = ["spoons", "stew"] },
        new() { Id = "hotdogs", Title = "Hot dogs for guests", Keywords = ["hotdogs", "hot dogs", "guests"] },
        new() { Id = "revenue", Title = "Tyre repair revenue", Keywords = ["revenue", "tires", "mechanic"] },
        new() { Id = "feed", Title = "Chicken feed", Keywords = ["feed", "chickens"] },
        new() { Id = "download", Title = "Download times", Keywords = ["download", "gigabytes"] },
    ];

    [Fact]
    public async Task EveryClaimInEveryDialogue_QuotesTheTranscriptAtItsTime()
    {
        foreach (var dialogue in MathDial.All)
        {
            var (transcript, _) = MathDial.Session([dialogue]);

            var result = await Summarise.CheckedAsync(transcript);

            Assert.Empty(result.Dropped);
            Assert.NotEmpty(result.Recap.Moments);
        }
    }

    [Fact]
    public async Task Topics_MapToTheCurriculumPlan_InTheOrderAndTimeTheyWereTaught()
    {
        var (transcript, ranges) = MathDial.Session(MathDial.All.Take(4));

        var result = await Summarise.CheckedAsync(transcript, Plan);

        Assert.Empty(result.Dropped);
        Assert.Equal(["spoons", "hotdogs", "revenue", "feed"], result.Recap.Topics.Select(t => t.CurriculumTopicId));
        var topics = result.Recap.Topics;
        for (int i = 0; i < topics.Count; i++)
        {
            // A topic starts in its dialogue and lasts until the next one starts (the next tutor's greeting names no topic).
            Assert.InRange(topics[i].Start, ranges[i].Start, ranges[i].End);
            Assert.InRange(topics[i].End, ranges[i].End - TimeSpan.FromSeconds(10), i + 1 < topics.Count ? topics[i + 1].Start : ranges[i].End);
            Assert.All(topics[i].Evidence, e => Assert.InRange(e.At, ranges[i].Start, ranges[i].End));
        }

        Assert.Equal("Continue with the plan: Download times", result.Recap.NextSteps[^1].What);
        Assert.Contains(result.Recap.Moments, m => m.Kind == MomentKind.TopicStart && m.Label == "Chicken feed");
        Assert.NotEmpty(result.Recap.ReviewQuestions);
        Assert.All(result.Recap.ReviewQuestions, q =>
        {
            Assert.StartsWith("Fill in the blank: ", q.Question, StringComparison.Ordinal);
            Assert.Equal(q.Evidence.Quote, q.Question["Fill in the blank: ".Length..].Replace("_____", q.Answer, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Exchanges_AreQuestionsAnsweredByTheOtherSpeaker()
    {
        var (transcript, _) = MathDial.Session([MathDial.All[3]]);

        var recap = (await Summarise.CheckedAsync(transcript)).Recap;

        var first = recap.Exchanges[0];
        Assert.Equal(("Hi, could you please walk me through your solution?", "Teacher", "Student"), (first.Question, first.AskedBy, first.AnsweredBy));
        Assert.StartsWith("Sure. I started by realizing that Wendi needs to give each chicken 3 cups of feed per meal.", first.Answer, StringComparison.Ordinal);
        foreach (var dialogue in MathDial.All)
        {
            Assert.All((await Summarise.RecapAsync(MathDial.Session([dialogue]).Transcript)).Exchanges, e =>
            {
                Assert.NotEqual(e.AskedBy, e.AnsweredBy);
                Assert.EndsWith("?", e.Question, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task TeachersCorrections_AreComprehensionGaps_AndTheStudentsRealisation_IsABreakthrough()
    {
        var (spoons, _) = MathDial.Session([MathDial.All[0]]);
        var (feed, _) = MathDial.Session([MathDial.All[3]]);

        var spoonsRecap = (await Summarise.CheckedAsync(spoons)).Recap;
        var feedRecap = (await Summarise.CheckedAsync(feed)).Recap;

        // The teachers' own diagnoses: "subtracting instead of adding", "misunderstood cups per day as cups per meal".
        var spoonsGap = Assert.Single(spoonsRecap.Gaps);
        Assert.Equal("No, you need to add as she still has the spoons, 3 have just been used", spoonsGap.Evidence.Quote);
        Assert.Equal(("Student", GapSeverity.Low), (spoonsGap.Student, spoonsGap.Severity));
        Assert.Equal("You seem to have misunderstood the question.", Assert.Single(feedRecap.Gaps).Evidence.Quote);
        Assert.Contains(spoonsRecap.Moments, m => m is { Kind: MomentKind.Breakthrough, Evidence.Quote: "Oh, right." });
        Assert.Contains(feedRecap.Moments, m => m is { Kind: MomentKind.Breakthrough, Evidence.Quote: "Oh, I see." });
        Assert.StartsWith("Revisit ", feedRecap.NextSteps[0].What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TalkTime_SharesEachSpeakersTimeAndTurns()
    {
        var dialogue = MathDial.All[3];
        var (transcript, _) = MathDial.Session([dialogue]);

        var talk = (await Summarise.RecapAsync(transcript)).TalkTime;

        Assert.Equal(["Student", "Teacher"], talk.Select(t => t.Speaker));
        Assert.Equal(1, talk.Sum(t => t.Share), 2);
        Assert.Equal(dialogue.Turns.Count(t => t.Speaker == "Student"), talk[0].Turns);
        Assert.Equal(transcript.Segments.Where(s => s.Speaker == "Teacher").Sum(s => (s.End - s.Start).TotalSeconds), talk[1].Spoken.TotalSeconds);
    }

    [Fact]
    public async Task WithoutAPlan_TopicsAreTheRecurringKeyPhrases()
    {
        var (transcript, _) = MathDial.Session([MathDial.All[0]]);

        var recap = (await Summarise.CheckedAsync(transcript)).Recap;

        Assert.Contains(recap.Topics, t => t.Title.Contains("spoons", StringComparison.Ordinal) && t.CurriculumTopicId is null);
        Assert.All(recap.Topics, t => Assert.All(t.Evidence, e => Assert.Contains(t.Title, e.Quote, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task TheSameTranscript_GivesTheSameRecap()
    {
        var (transcript, _) = MathDial.Session(MathDial.All.Take(6));

        string first = JsonSerializer.Serialize(await Summarise.RecapAsync(transcript, Plan));
        string second = JsonSerializer.Serialize(await Summarise.RecapAsync(transcript, Plan));

        Assert.Equal(first, second);
    }
}
