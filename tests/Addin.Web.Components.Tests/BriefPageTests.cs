using Addin.Web.Components.Pages;
using Addin.Web.Components.Shared;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class BriefPageTests : BunitContext
{
    private static BriefPageModel Brief(string? html) => new(
        Models.Instructor, SessionId: 12, CourseId: 3, "Algebra 1", "Factoring, part 2", Models.SessionAt, html,
        html is null ? null : Models.SessionAt.AddHours(-2), Models.SessionAt.AddHours(-2), html is null ? null : "Sent 2025-03-14 07:30 UTC.");

    [Fact]
    public void WrittenBrief_IsShownAsStored_WithWhenItWasWrittenAndSent()
    {
        var cut = Render<BriefPage>(p => p.Add(c => c.Model, Brief("<article class=\"brief\"><h2>Brief: Factoring</h2><a href=\"/app/recording/5?t=x#t=75\">1:15</a></article>")));

        Assert.Equal("Brief: Factoring", cut.Find("[data-testid=brief] h2").TextContent);
        Assert.Equal("/app/recording/5?t=x#t=75", cut.Find("[data-testid=brief] a").GetAttribute("href"));
        Assert.Contains("Sent 2025-03-14 07:30 UTC.", cut.Find("[data-testid=brief-written]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/app/course/3?t={Models.EscapedToken}", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void NoBriefYet_SaysWhenItWillBeWritten()
    {
        var cut = Render<BriefPage>(p => p.Add(c => c.Model, Brief(null)));

        var pending = cut.Find("[data-testid=brief-pending]");
        Assert.Contains("No brief yet: it is written before the session, at", pending.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-03-14T07:30:00Z", pending.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Empty(cut.FindAll("[data-testid=brief]"));
    }

    [Fact]
    public void UpcomingSessions_LinkTheBriefOnlyForThoseWhoMayReadIt()
    {
        UpcomingSession[] sessions =
        [
            new(12, "Factoring, part 2", Models.SessionAt, "Europe/London", "Ana Rivera", "Sub Stitute", HasBrief: true, CanOpenBrief: true),
            new(13, "Factoring, part 3", Models.SessionAt.AddDays(7), "Europe/London", "Ana Rivera", null, HasBrief: false, CanOpenBrief: true),
            new(14, "Someone else's", Models.SessionAt.AddDays(8), "Europe/London", "Ben Ode", null, HasBrief: true, CanOpenBrief: false),
        ];

        var cut = Render<UpcomingSessions>(p => p.Add(c => c.Sessions, sessions).Add(c => c.Token, Models.Token));

        var links = cut.FindAll("[data-testid=brief-link]");
        Assert.Equal([$"/app/sessions/12/brief?t={Models.EscapedToken}", $"/app/sessions/13/brief?t={Models.EscapedToken}"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Brief", "Brief (not written yet)"], links.Select(a => a.TextContent));
        Assert.Equal("Sub Stitute", cut.Find("[data-testid=substitute]").TextContent);
    }

    [Fact]
    public void CoursePage_ForAManager_HasTheScheduleForm_WithTheSubstitutes_AndForAStudentNot()
    {
        var manager = Render<CoursePage>(p => p.Add(c => c.Model, Models.Course(canManage: true) with { Substitutes = [new SubstituteChoice(9, "Sub Stitute")] }));
        var student = Render<CoursePage>(p => p.Add(c => c.Model, Models.Course(canManage: false)));

        var form = manager.Find("[data-testid=schedule-form] form");
        Assert.Equal($"/app/course/3/sessions?t={Models.EscapedToken}", form.GetAttribute("action"));
        Assert.Equal(["", "9"], form.QuerySelectorAll("select[name=substitute] option").Select(o => o.GetAttribute("value")));
        Assert.Empty(student.FindAll("[data-testid=schedule-form]"));
        Assert.Equal("No sessions scheduled.", student.Find("[data-testid=no-upcoming]").TextContent);
    }
}
