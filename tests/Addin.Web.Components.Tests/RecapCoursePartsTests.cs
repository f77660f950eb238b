using Addin.Core.Recaps;
using Addin.Web.Components.Shared;
using Bunit;

namespace Addin.Web.Components.Tests;

/// <summary>The course page's recap parts: the drafts to approve in one click, and the AI consent and curriculum plan settings.</summary>
public sealed class RecapCoursePartsTests : BunitContext
{
    [Fact]
    public void Drafts_CountAndApproveInOneClick_BackToTheCourse()
    {
        var cut = Render<RecapDraftsList>(p => p
            .Add(c => c.CourseId, 3)
            .Add(c => c.Token, Models.Token)
            .Add(c => c.Drafts, [new RecapAwaitingReview(7, "Factoring <i>quadratics</i>", 1, Models.SessionAt), new RecapAwaitingReview(8, "Signs", 2, Models.SessionAt)]));

        Assert.Equal("2", cut.Find("[data-testid=recap-drafts-count]").TextContent);
        var form = cut.Find("li[data-recording-id='7'] form");
        Assert.Equal($"/app/recording/7/recap/approve?t={Models.EscapedToken}", form.GetAttribute("action"));
        Assert.Equal("1", form.QuerySelector("input[name=version]")!.GetAttribute("value"));
        Assert.Equal("course", form.QuerySelector("input[name=back]")!.GetAttribute("value"));
        Assert.Equal("3", form.QuerySelector("input[name=course]")!.GetAttribute("value"));
        Assert.Equal("Approve the recap of Factoring <i>quadratics</i>", cut.Find("[data-testid=recap-draft-approve]").GetAttribute("aria-label"));
        Assert.Empty(cut.FindAll("i"));
    }

    [Fact]
    public void Settings_PlatformOff_TeacherCannotSwitchTheCourseOn_ReviewerCanSwitchThePlatform()
    {
        var off = new AiConsentState(null, null);

        var teacher = RenderSettings(off, isReviewer: false);
        var reviewer = RenderSettings(off, isReviewer: true);

        Assert.StartsWith("Off: AI processing is not switched on for this LMS.", teacher.Find("[data-testid=ai-consent-state]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(teacher.FindAll("[data-testid=ai-consent-course]"));
        Assert.Empty(teacher.FindAll("[data-testid=ai-consent-platform]"));
        Assert.Equal("Switch on for this LMS", reviewer.Find("[data-testid=ai-consent-platform]").TextContent);
        Assert.Equal("multipart/form-data", teacher.Find("[data-testid=curriculum-form]").GetAttribute("enctype"));
    }

    [Fact]
    public void Settings_BothOn_SayWhoSwitchedThemAndOfferSwitchingOff()
    {
        var on = new AiConsentState(
            new AiConsent { PlatformId = 1, Enabled = true, ChangedBy = "Pat Morgan", ChangedAt = Models.SessionAt },
            new AiConsent { PlatformId = 1, CourseId = 3, Enabled = true, ChangedBy = "Ana Rivera", ChangedAt = Models.SessionAt });

        var cut = RenderSettings(on, isReviewer: false, new CurriculumPlanSummary("term1.csv", Models.SessionAt, 5));

        Assert.StartsWith("On:", cut.Find("[data-testid=ai-consent-state]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("switched by Ana Rivera on 14 Mar 2025, 09:30 UTC", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Switch off for this course", cut.Find("[data-testid=ai-consent-course]").TextContent);
        Assert.Contains("term1.csv, 5 topics", cut.Find("[data-testid=curriculum-plan]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<RecapSettings> RenderSettings(AiConsentState consent, bool isReviewer, CurriculumPlanSummary? plan = null) =>
        Render<RecapSettings>(p => p
            .Add(c => c.CourseId, 3)
            .Add(c => c.Token, Models.Token)
            .Add(c => c.Consent, consent)
            .Add(c => c.Plan, plan)
            .Add(c => c.IsReviewer, isReviewer));
}
