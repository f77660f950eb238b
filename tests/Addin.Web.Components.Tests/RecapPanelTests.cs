using Addin.Core.Recaps;
using Addin.Sdk.Summaries;
using Addin.Web.Components.Shared;
using Bunit;

namespace Addin.Web.Components.Tests;

/// <summary>The recap panel: every part with seekable times, review controls and internals for reviewers only, and text always as text.</summary>
public sealed class RecapPanelTests : BunitContext
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static readonly Recap Content = new()
    {
        Overview = "We factored quadratics. " + Hostile,
        Topics = [new RecapTopic { Title = "Factoring " + Hostile, Start = TimeSpan.FromSeconds(5), End = TimeSpan.FromSeconds(95), CurriculumTopicId = "factoring", Confidence = 0.8, Evidence = [new(TimeSpan.FromSeconds(5), "factor")] }],
        Exchanges = [new RecapExchange { Question = "Why minus?", Answer = "Because " + Hostile, AskedBy = "Sam", AnsweredBy = "Ana", Confidence = 0.7, Evidence = new(TimeSpan.FromSeconds(30), "why minus"), AnswerEvidence = new(TimeSpan.FromSeconds(33), "because") }],
        Gaps = [new ComprehensionGap { What = "Signs", Student = "Sam", Severity = GapSeverity.High, Confidence = 0.6, Evidence = new(TimeSpan.FromSeconds(61), Hostile) }],
        NextSteps = [new NextStep("Practise signs", 0.5)],
        ReviewQuestions = [new ReviewQuestion("What is (x+2)(x+3)?", "x² + 5x + 6", 0.9, new(TimeSpan.FromSeconds(70), "x squared"))],
        Moments = [new TaggedMoment(MomentKind.Confusion, "Lost on signs " + Hostile, new(TimeSpan.FromSeconds(61), "wait"), 0.65)],
        Run = new SummariserRun { SummariserId = "local-summariser", Model = "m1", PromptVersion = "p2", InputTokens = 100, OutputTokens = 20 },
    };

    private static RecapForViewer ForReviewer(RecapStatus status = RecapStatus.Draft) =>
        new(true, status, 1, Content, new Dictionary<string, string> { ["factoring"] = "Factoring quadratics" })
        {
            DroppedClaims = 2,
            History = [new RecapHistoryEntry(1, RecapStatus.Draft, "drafted by local-summariser", null, Models.SessionAt)],
        };

    private static RecapForViewer ForStudent() =>
        new(false, RecapStatus.Approved, 2, Content with { Run = new SummariserRun { SummariserId = "" } }, new Dictionary<string, string> { ["factoring"] = "Factoring quadratics" });

    private IRenderedComponent<RecapPanel> RenderPanel(RecapForViewer recap) =>
        Render<RecapPanel>(p => p.Add(c => c.Recap, recap).Add(c => c.RecordingId, 7).Add(c => c.Token, Models.Token));

    [Fact]
    public void Reviewer_SeesEveryPart_WithConfidence_Status_Run_AndTheReviewForms()
    {
        var cut = RenderPanel(ForReviewer());

        Assert.Contains("Draft", cut.Find("[data-testid=recap-status]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 claim(s) dropped", cut.Find("[data-testid=dropped-claims]").TextContent, StringComparison.Ordinal);
        Assert.Contains("m1, prompt p2", cut.Find("[data-testid=recap-run]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Plan: Factoring quadratics", cut.Find("[data-testid=curriculum-topic]").TextContent);
        Assert.Equal(["80 %", "70 %", "60 %", "50 %", "90 %", "65 %"], cut.FindAll("[data-testid=confidence]").Select(c => c.TextContent));
        Assert.Equal("High", cut.Find(".recap-gaps .severity").TextContent);
        Assert.NotNull(cut.Find("[data-testid=recap-approve]"));
        Assert.NotNull(cut.Find("[data-testid=recap-reject]"));
        Assert.Equal($"/app/recording/7/recap/approve?t={Models.EscapedToken}", cut.Find("[data-testid=recap-review] form").GetAttribute("action"));
        Assert.Equal("1", cut.Find("[data-testid=recap-review] form input[name=version]").GetAttribute("value"));
        Assert.Equal("Factoring " + Hostile, cut.Find("input[name='text:topics/0']").GetAttribute("value"));
        Assert.Equal("moments/0", cut.FindAll("input[name=remove]")[^1].GetAttribute("value"));
        Assert.Contains("by the pipeline", cut.Find("[data-testid=recap-history]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Student_SeesTheRecap_WithoutConfidence_Internals_OrReviewControls()
    {
        var cut = RenderPanel(ForStudent());

        Assert.Empty(cut.FindAll("[data-testid=confidence]"));
        Assert.Empty(cut.FindAll("[data-testid=recap-review]"));
        Assert.Empty(cut.FindAll("[data-testid=recap-run]"));
        Assert.Empty(cut.FindAll("[data-testid=recap-history]"));
        Assert.Empty(cut.FindAll("[data-testid=recap-status]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=recap-questions] details"));
    }

    [Fact]
    public void Times_AreLinksThatSeekThePlayer()
    {
        var cut = RenderPanel(ForStudent());

        var links = cut.FindAll("a.seek");
        Assert.Equal(["0:05", "1:35", "0:30", "1:01", "1:10", "1:01"], links.Select(l => l.TextContent));
        Assert.Equal("#t=5", links[0].GetAttribute("href"));
        Assert.Equal("95", links[1].GetAttribute("data-seek"));
        Assert.Equal("Play from 0:05", links[0].GetAttribute("aria-label"));
    }

    [Fact]
    public void HostileText_FromTheTranscript_RendersAsText()
    {
        var cut = RenderPanel(ForReviewer());

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("&lt;script&gt;alert(", cut.Markup, StringComparison.Ordinal);
        Assert.EndsWith(Hostile, cut.Find("[data-testid=recap-overview]").TextContent, StringComparison.Ordinal);
        Assert.Contains(Hostile, cut.Find(".recap-gaps q").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Chapters_ListTheMomentsAndMarkThemOnTheBar()
    {
        var cut = Render<RecapChapters>(p => p.Add(c => c.Moments, Content.Moments).Add(c => c.Duration, TimeSpan.FromMinutes(2)));

        Assert.Equal("Chapters", cut.Find("nav").GetAttribute("aria-label"));
        Assert.Equal("61", cut.Find(".chapter-mark").GetAttribute("data-at"));
        Assert.Equal("120", cut.Find(".chapter-marks").GetAttribute("data-duration"));
        Assert.Contains("Confusion", cut.Find("nav li").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script"));
    }
}
