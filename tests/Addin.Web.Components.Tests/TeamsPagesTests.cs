using Addin.Web.Components.Teams;
using Addin.Web.Teams;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class TeamsTabPageTests : BunitContext
{
    private IRenderedComponent<TeamsTabPage> RenderPage(TeamsPageMode mode, bool configured = true) =>
        Render<TeamsTabPage>(p => p.Add(c => c.Model, new TeamsTabPageModel(mode, configured, "/teams/session", "https://addin.example.edu/teams/tab")));

    [Fact]
    public void Tab_LoadsTheTeamsLibraryThenItsScript_AndCarriesWhereToPost()
    {
        var cut = RenderPage(TeamsPageMode.Tab);

        Assert.Equal(["/lib/teams-js/MicrosoftTeams.min.js", "/js/teams-tab.js"], cut.FindAll("script").Select(s => s.GetAttribute("src")));
        var root = cut.Find("[data-testid=teams-page]");
        Assert.Equal("tab", root.GetAttribute("data-teams-page"));
        Assert.Equal("/teams/session", root.GetAttribute("data-session-url"));
        Assert.Equal("https://addin.example.edu/teams/tab", root.GetAttribute("data-content-url"));
        Assert.Equal("Signing you in with Microsoft Teams…", cut.Find("[data-testid=teams-status]").TextContent);
    }

    [Fact]
    public void OutsideTeamsMessage_IsThereButHidden_UntilTheScriptShowsIt()
    {
        var cut = RenderPage(TeamsPageMode.Tab);

        var outside = cut.Find("[data-testid=outside-teams]");
        Assert.True(outside.HasAttribute("hidden"));
        Assert.Contains("Open this tab inside Microsoft Teams.", outside.TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=teams-error]").HasAttribute("hidden"));
        Assert.Single(cut.FindAll("noscript"));
    }

    [Fact]
    public void Configure_SaysWhatSaveDoes()
    {
        var cut = RenderPage(TeamsPageMode.Configure);

        Assert.Equal("configure", cut.Find("[data-testid=teams-page]").GetAttribute("data-teams-page"));
        Assert.Equal("Add Addin to this team", cut.Find("h1").TextContent);
        Assert.Contains("Select Save to add the tab", cut.Markup.Replace("<strong>", "", StringComparison.Ordinal).Replace("</strong>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void NotConfigured_SaysSo_AndLoadsNoScript()
    {
        var cut = RenderPage(TeamsPageMode.Tab, configured: false);

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("Addin:Teams:ClientId", cut.Find("[data-testid=teams-not-configured]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=teams-status]"));
    }

    [Fact]
    public void HasNoInlineScriptOrStyle()
    {
        var cut = RenderPage(TeamsPageMode.Tab);

        Assert.All(cut.FindAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.Empty(cut.FindAll("[style]"));
        Assert.Empty(cut.FindAll("style"));
    }
}

public sealed class TeamsLinkPageTests : BunitContext
{
    private static readonly LinkableCourse Algebra = new(3, "Algebra 1", "ALG-101", "Demo LMS");
    private static readonly LinkableCourse NextYear = new(5, "Algebra 1 (next year)", null, "Demo LMS");

    private static TeamsLinkPageModel Model(TeamsLinkState state = TeamsLinkState.CanLink, long? current = null, string? message = null, params LinkableCourse[] courses) =>
        new(Models.Instructor, "Algebra — period 2", "/teams/link?t=tok&team=abc", state, courses, current, current is null ? null : "Algebra 1", message);

    private IRenderedComponent<TeamsLinkPage> RenderPage(TeamsLinkPageModel model) => Render<TeamsLinkPage>(p => p.Add(c => c.Model, model));

    [Fact]
    public void Owner_ChoosesAmongTheirCourses_OrANewOne()
    {
        var cut = RenderPage(Model(courses: [Algebra, NextYear]));

        var form = cut.Find("form[data-testid=link-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/teams/link?t=tok&team=abc", form.GetAttribute("action"));
        Assert.Equal(["3", "5", "new"], cut.FindAll("input[name=course]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["Algebra 1", "Algebra 1 (next year)"], cut.FindAll("[data-testid=course-choice] .title").Select(t => t.TextContent));
        Assert.Contains("Demo LMS", cut.FindAll("[data-testid=course-choice]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Algebra — period 2", cut.Find("input[name=title]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=link-refused]"));
        Assert.Empty(cut.FindAll("input[name=course][checked]"));
    }

    [Fact]
    public void Owner_WithoutCourses_GetsTheNewCourseChosen()
    {
        var cut = RenderPage(Model());

        Assert.Single(cut.FindAll("[data-testid=no-courses]"));
        Assert.True(cut.Find("input[name=course][value=new]").HasAttribute("checked"));
    }

    [Fact]
    public void LinkedTeam_ShowsItsCourse_Preselected()
    {
        var cut = RenderPage(Model(current: 3, courses: [Algebra, NextYear]));

        Assert.Equal($"/app/course/3?t={Models.EscapedToken}", cut.Find("[data-testid=current-course] a").GetAttribute("href"));
        Assert.True(cut.Find("input[name=course][value='3']").HasAttribute("checked"));
        Assert.False(cut.Find("input[name=course][value=new]").HasAttribute("checked"));
    }

    [Theory]
    [InlineData(TeamsLinkState.NotOwner)]
    [InlineData(TeamsLinkState.GraphNotConfigured)]
    [InlineData(TeamsLinkState.GraphUnavailable)]
    public void WhoMayNotLink_SeesWhyAndNoForm(TeamsLinkState state)
    {
        var cut = RenderPage(Model(state, message: "Only an owner can choose."));

        Assert.Empty(cut.FindAll("form"));
        var refused = cut.Find("[data-testid=link-refused]");
        Assert.Equal(state.ToString(), refused.GetAttribute("data-state"));
        Assert.Equal("Only an owner can choose.", refused.TextContent);
        Assert.Contains("this tab shows no recordings", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemWithTheLastChoice_IsShownAboveTheForm()
    {
        var cut = RenderPage(Model(message: "Choose a course.", courses: [Algebra]));

        Assert.Equal("Choose a course.", cut.Find("[data-testid=link-message]").TextContent);
        Assert.Single(cut.FindAll("form"));
    }

    [Fact]
    public void Shell_ShowsTheViewerAndCarriesTheSession()
    {
        var cut = RenderPage(Model(courses: [Algebra]));

        Assert.Equal(Models.Token, cut.Find("meta[name=addin-session]").GetAttribute("content"));
        Assert.Contains("Ana Rivera", cut.Find("[data-testid=viewer]").TextContent, StringComparison.Ordinal);
    }
}
