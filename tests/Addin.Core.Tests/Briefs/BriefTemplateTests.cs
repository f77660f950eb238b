using Addin.Core.Briefs;
using Addin.Core.Templates;

namespace Addin.Core.Tests.Briefs;

/// <summary>brief.liquid and parent-digest.liquid: each part of a brief is there, and says so clearly when it has no data.</summary>
public sealed class BriefTemplateTests
{
    private readonly LiquidTemplates liquid = new();

    private Task<string> BriefAsync(BriefModel model) => liquid.RenderAsync(BriefSamples.Template(TemplateNames.Brief), "brief", model, CancellationToken.None);

    [Fact]
    public async Task Brief_WithNothingFromRecapsOrRisk_SaysNoRecapYetAndNoRiskData_AndListsTheStudents()
    {
        string html = await BriefAsync(BriefSamples.Brief());

        Assert.Contains("No recap yet.", html, StringComparison.Ordinal);
        Assert.Contains("No risk data yet.", html, StringComparison.Ordinal);
        Assert.Contains("No open gaps recorded.", html, StringComparison.Ordinal);
        Assert.Contains("No curriculum plan for this course yet.", html, StringComparison.Ordinal);
        Assert.Contains("<li>Alex Kim", html, StringComparison.Ordinal);
        Assert.Contains("<li>Sam Lee", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-part=\"substitute\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_WithEveryPart_ShowsEachWithItsData()
    {
        var model = BriefSamples.Brief() with
        {
            Students = [new("Alex Kim", "high", ["missed 2 sessions", "low quiz scores"], null)],
            HasRiskData = true,
            LastRecap = BriefSamples.Recap(isDraft: false),
            OpenGaps = [new BriefGap("Negative roots", "high", new BriefMoment("evidence", "2:05", BriefLinks.Moment(5, 125)))],
            CurriculumNext = ["Completing the square"],
            WarmUpQuestions = ["What are the roots of x² − 1?"],
        };

        string html = await BriefAsync(model);

        Assert.Contains("risk: <strong>high</strong> (missed 2 sessions; low quiz scores)", html, StringComparison.Ordinal);
        Assert.Contains("We factored quadratics with positive roots.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-part=\"draft\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/app/recording/5#t=75\">1:15 — Sam is confused by signs</a>", html, StringComparison.Ordinal);
        Assert.Contains("Negative roots (high) — <a href=\"/app/recording/5#t=125\">2:05</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Completing the square</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>What are the roots of x² − 1?</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No risk data yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_WithADraftRecap_MarksItAsDraft()
    {
        string html = await BriefAsync(BriefSamples.Brief() with { LastRecap = BriefSamples.Recap(isDraft: true) });

        Assert.Contains("Draft — not yet approved", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_ForASubstitute_AddsHowStudentsRespondAndWhereTheLastSessionStopped()
    {
        var model = BriefSamples.Brief() with
        {
            IsSubstitute = true,
            RecipientName = "Sub Stitute",
            Students = [new("Alex Kim", null, [], "needs a worked example first"), new("Sam Lee", null, [], null)],
            LastRecap = BriefSamples.Recap(isDraft: false),
        };

        string html = await BriefAsync(model);

        Assert.Contains("You are covering this session for Ana Rivera.", html, StringComparison.Ordinal);
        Assert.Contains("Responds to explanations: needs a worked example first", html, StringComparison.Ordinal);
        Assert.Contains("How they respond to explanations: not known yet.", html, StringComparison.Ordinal);
        Assert.Contains("Where it stopped: Sam asked about negative roots", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_ForASubstitute_WithoutARecap_SaysWhereItStoppedIsNotKnown()
    {
        string html = await BriefAsync(BriefSamples.Brief() with { IsSubstitute = true });

        Assert.Contains("Where the last session stopped: not known yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParentDigest_ShowsTheApprovedRecaps_OrSaysThereAreNone()
    {
        string source = BriefSamples.Template(TemplateNames.ParentDigest);

        string some = await liquid.RenderAsync(source, "digest", new DigestModel("Sam Lee", "this week", [BriefSamples.Recap(isDraft: false)]), CancellationToken.None);
        string none = await liquid.RenderAsync(source, "digest", new DigestModel("Sam Lee", "this week", []), CancellationToken.None);

        Assert.Contains("What Sam Lee worked on", some, StringComparison.Ordinal);
        Assert.Contains("We factored quadratics with positive roots.", some, StringComparison.Ordinal);
        Assert.Contains("No approved recaps in this period.", none, StringComparison.Ordinal);
    }

    [Fact]
    public void WithSession_AddsTheViewersSessionToEveryLinkToAPage_BeforeItsMoment()
    {
        string html = "<a href=\"/app/recording/5#t=75\">a</a> <a href=\"/app/recording/6\">b</a> <a href=\"https://example.test/app/x\">c</a>";

        string linked = BriefLinks.WithSession(html, "t=tok%2B");

        Assert.Equal("<a href=\"/app/recording/5?t=tok%2B#t=75\">a</a> <a href=\"/app/recording/6?t=tok%2B\">b</a> <a href=\"https://example.test/app/x\">c</a>", linked);
    }
}
