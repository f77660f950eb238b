using Addin.Web.Components.Demo;
using Addin.Web.Demo;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class DemoPageTests : BunitContext
{
    private IRenderedComponent<DemoPage> RenderPage() =>
        Render<DemoPage>(p => p.Add(c => c.Personas, DemoLms.Personas).Add(c => c.Courses, DemoLms.Courses));

    [Fact]
    public void EveryPersona_HasOneLaunchLink_UnderItsCourse()
    {
        var cut = RenderPage();

        foreach (var course in DemoLms.Courses)
        {
            var section = cut.Find($"[data-course='{course.Key}']");
            Assert.Equal($"{course.Title} {course.Label}", section.QuerySelector("h2")!.TextContent.Trim());
            var expected = DemoLms.Personas.Where(p => p.CourseContextId == course.ContextId).Select(p => $"launch-{p.Key}");
            Assert.Equal(expected, section.QuerySelectorAll("a[data-testid^='launch-']").Select(a => a.GetAttribute("data-testid")));
        }

        var links = cut.FindAll("a[data-testid^='launch-']");
        Assert.Equal(DemoLms.Personas.Count, links.Count);
        Assert.Equal(DemoLms.Personas.Select(p => $"/demo/launch/{p.Key}").Order(), links.Select(a => a.GetAttribute("href")).Order());
    }

    [Fact]
    public void EveryPersona_HasACoursePageLink_IntoTheLtiFrame()
    {
        var cut = RenderPage();

        var links = cut.FindAll("a[data-testid^='course-']");
        Assert.Equal(DemoLms.Personas.Select(p => $"/demo/course/{p.Key}").Order(), links.Select(a => a.GetAttribute("href")).Order());
        Assert.All(links, a => Assert.Equal("lti-frame", a.GetAttribute("target")));
    }

    [Fact]
    public void Links_TargetTheLtiFrame()
    {
        var cut = RenderPage();

        var frame = cut.Find("iframe[data-testid=lti-frame]");
        Assert.Equal("lti-frame", frame.GetAttribute("name"));
        Assert.False(string.IsNullOrWhiteSpace(frame.GetAttribute("title")));
        Assert.All(cut.FindAll("a[data-testid^='launch-']"), a => Assert.Equal("lti-frame", a.GetAttribute("target")));
        Assert.Single(cut.FindAll("iframe"));
    }

    [Fact]
    public void Links_NamePersonKeyAndDescription()
    {
        var cut = RenderPage();

        var parent = cut.Find("[data-testid=launch-parent]");
        Assert.Equal("Jordan Lee", parent.QuerySelector("strong")!.TextContent);
        Assert.Equal("(parent)", parent.QuerySelector(".muted")!.TextContent);
        Assert.Contains("mentor", parent.QuerySelector("small")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAddinContent_IsOfferedToTeachersOnly_InTheLtiFrame()
    {
        var cut = RenderPage();

        var actions = cut.FindAll("a[data-testid^='deep-link-']");
        Assert.Equal(["/demo/deep-link/instructor", "/demo/deep-link/instructor-next"], actions.Select(a => a.GetAttribute("href")));
        Assert.All(actions, a => Assert.Equal("lti-frame", a.GetAttribute("target")));
        Assert.All(actions, a => Assert.Equal("Add Addin content", a.TextContent));
    }

    [Fact]
    public void PlacedLinks_AreListedUnderTheirCourse_ToOpenAsEachOfItsPeople()
    {
        var link = new DemoPlacedLink("L1", DemoLms.Algebra.ContextId, "<b>Factoring</b>", "Session recording", new Uri("http://127.0.0.1/app/recording/5"),
            new Dictionary<string, string>(), DateTimeOffset.UnixEpoch);

        var cut = Render<DemoPage>(p => p.Add(c => c.Personas, DemoLms.Personas).Add(c => c.Courses, DemoLms.Courses).Add(c => c.PlacedLinks, [link]));

        var placed = cut.Find($"[data-course='{DemoLms.Algebra.Key}'] [data-testid=placed-links]");
        Assert.Equal("<b>Factoring</b>", placed.QuerySelector("strong")!.TextContent);
        var expected = DemoLms.Personas.Where(p => p.CourseContextId == DemoLms.Algebra.ContextId).Select(p => $"/demo/links/L1/launch/{p.Key}");
        Assert.Equal(expected, placed.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All(placed.QuerySelectorAll("a"), a => Assert.Equal("lti-frame", a.GetAttribute("target")));
        Assert.Single(cut.FindAll("[data-testid=placed-links]"));
    }

    [Fact]
    public void Page_HasNoSessionAndNoScripts()
    {
        var cut = RenderPage();

        Assert.Empty(cut.FindAll("meta[name=addin-session]"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Equal("Demo LMS · Addin", cut.Find("title").TextContent);
    }
}
