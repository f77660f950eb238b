using Addin.Core.Recordings;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class CoursePageTests : BunitContext
{
    private IRenderedComponent<CoursePage> RenderPage(CoursePageModel model) => Render<CoursePage>(p => p.Add(c => c.Model, model));

    [Fact]
    public void Manager_SeesUploadFormAndImportProblems()
    {
        var failed = Models.Summary(id: 11, title: "broken.mp4", status: RecordingStatus.Failed) with { Error = "Not a video." };
        var cut = RenderPage(Models.Course(canManage: true, Models.Summary(id: 7)) with { ImportProblems = [failed] });

        Assert.Single(cut.FindAll("[data-testid=upload-form]"));
        var problems = cut.Find("[data-testid=import-problems]");
        Assert.Equal("11", problems.QuerySelector("li")!.GetAttribute("data-recording-id"));
        Assert.Equal("Not a video.", problems.QuerySelector("[data-testid=recording-error]")!.TextContent);
        Assert.Equal(["7"], cut.FindAll("section[aria-labelledby=recordings-heading] [data-testid=recording]").Select(li => li.GetAttribute("data-recording-id")));
    }

    [Fact]
    public void Manager_WithoutProblems_HasNoProblemsSection()
    {
        var cut = RenderPage(Models.Course(canManage: true, Models.Summary()));

        Assert.Empty(cut.FindAll("[data-testid=import-problems]"));
        Assert.Single(cut.FindAll("[data-testid=upload-form]"));
    }

    [Fact]
    public void Student_SeesNoUploadFormAndNoImportProblems_EvenIfTheModelHadSome()
    {
        var failed = Models.Summary(id: 11, status: RecordingStatus.Failed);
        var cut = RenderPage(Models.Course(canManage: false, Models.Summary(id: 7)) with { ImportProblems = [failed] });

        Assert.Equal(["course-search"], cut.FindAll("form").Select(f => f.GetAttribute("data-testid")));
        Assert.Empty(cut.FindAll("[data-testid=import-problems]"));
        Assert.Empty(cut.FindAll("[data-testid=watched-folder]"));
        Assert.Single(cut.FindAll("[data-testid=recording]"));
    }

    [Fact]
    public void Manager_WithASyncedRoster_SeesWhenItCameFromTheLms()
    {
        var cut = RenderPage(Models.Course(canManage: true) with { Roster = new RosterNote(Models.SessionAt, "5 minutes ago", 24) });

        var note = cut.Find("[data-testid=roster-synced]");
        Assert.Equal("Roster synced from the LMS 5 minutes ago · 24 people", note.TextContent);
        Assert.Equal("2025-03-14 09:30 UTC", note.GetAttribute("title"));
    }

    [Fact]
    public void Manager_OnAZoomPlatform_SeesTheMeetingIdField_AndNoUploadForm()
    {
        var field = CourseExternalIdFields.For("zoom").Single() with { Value = "84512345678" };
        var cut = RenderPage(Models.Course(canManage: true) with { AcceptsUploads = false, ExternalIds = [field] });

        var form = cut.Find("[data-testid=course-links] form");
        Assert.StartsWith("/app/course/3/external-ids/zoom-meeting?", form.GetAttribute("action"), StringComparison.Ordinal);
        Assert.Equal("84512345678", cut.Find("[data-testid=external-id-zoom-meeting]").GetAttribute("value"));
        Assert.Contains("Zoom meeting ID", form.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=upload-form]"));
    }

    [Fact]
    public void Student_NeverSeesTheMeetingIdField()
    {
        var cut = RenderPage(Models.Course(canManage: false) with { ExternalIds = CourseExternalIdFields.For("zoom") });

        Assert.Empty(cut.FindAll("[data-testid=course-links]"));
    }

    [Fact]
    public void RosterNeverSynced_ShowsNoRosterNote()
    {
        var cut = RenderPage(Models.Course(canManage: true));

        Assert.Empty(cut.FindAll("[data-testid=roster-synced]"));
    }

    [Theory]
    [InlineData(0, 30, "just now")]
    [InlineData(1, 0, "1 minute ago")]
    [InlineData(59, 59, "59 minutes ago")]
    [InlineData(60, 0, "1 hour ago")]
    [InlineData(60 * 5, 0, "5 hours ago")]
    [InlineData(60 * 24 * 3, 0, "3 days ago")]
    public void TimeAgo_SaysHowLongAgoInWords(int minutes, int seconds, string expected)
    {
        Assert.Equal(expected, TimeAgo.Describe(new TimeSpan(0, minutes, seconds)));
    }

    [Fact]
    public void NoRecordings_ShowsEmptyState()
    {
        var cut = RenderPage(Models.Course(canManage: false));

        Assert.Equal("No recordings yet.", cut.Find("[data-testid=no-recordings]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=recording]"));
    }

    [Fact]
    public void Recordings_AreListedInModelOrder_WithTokenLinks()
    {
        var cut = RenderPage(Models.Course(canManage: false, Models.Summary(id: 8, title: "Newer"), Models.Summary(id: 7, title: "Older")));

        Assert.Empty(cut.FindAll("[data-testid=no-recordings]"));
        Assert.Equal(["Newer", "Older"], cut.FindAll("[data-testid=recording] .title").Select(t => t.TextContent));
        Assert.All(cut.FindAll("[data-testid=recording] a"), a => Assert.EndsWith($"?t={Models.EscapedToken}", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_SeparatesTitleAndLabel()
    {
        var cut = RenderPage(Models.Course(canManage: false));

        Assert.Equal("Algebra 1 ALG-101", cut.Find("h1").TextContent.Trim());
        Assert.Equal("ALG-101", cut.Find("h1 small").TextContent.Trim());
    }

    [Fact]
    public void Shell_CarriesTokenViewerAndScripts()
    {
        var cut = RenderPage(Models.Course(canManage: true));

        Assert.Equal(Models.Token, cut.Find("meta[name=addin-session]").GetAttribute("content"));
        Assert.Equal("Algebra 1 · Addin", cut.Find("title").TextContent);
        Assert.Equal("Ana Rivera · Instructor", cut.Find("[data-testid=viewer]").TextContent);
        Assert.Equal(["/js/status.js", "/js/upload.js", "/js/localtime.js"], cut.FindAll("script").Select(s => s.GetAttribute("src")));
        Assert.All(cut.FindAll("script"), s => Assert.True(s.HasAttribute("defer")));
        Assert.Empty(cut.FindAll("[style]"));
    }

    [Fact]
    public void Notice_IsShownAsStatus()
    {
        var cut = RenderPage(Models.Course(canManage: true) with { Notice = "Uploaded." });

        Assert.Equal("Uploaded.", cut.Find(".notice[role=status]").TextContent);
    }

    [Fact]
    public void Reviewer_GetsPluginsAndRegistrationsLinks_OthersDoNot()
    {
        var reviewer = RenderPage(Models.Course(canManage: false) with { Viewer = Models.Student with { IsReviewer = true, RoleLabel = "Reviewer" } });
        var student = RenderPage(Models.Course(canManage: false));

        Assert.Equal($"/app/admin/plugins?t={Models.EscapedToken}", reviewer.Find("a[href^='/app/admin/plugins']").GetAttribute("href"));
        Assert.Equal($"/app/platforms?t={Models.EscapedToken}", reviewer.Find("a[href^='/app/platforms']").GetAttribute("href"));
        Assert.Empty(student.FindAll("a[href^='/app/admin/plugins']"));
        Assert.Empty(student.FindAll("a[href^='/app/platforms']"));
    }

    [Fact]
    public void Search_ShowsTheBoxWithWhatWasTypedAndTheResultsAboveTheRecordings()
    {
        var results = new Addin.Core.Search.TranscriptSearchResults(Addin.Core.Search.SearchQuery.Parse("factoring*"), 0, 0, []);
        var cut = RenderPage(Models.Course(canManage: false, Models.Summary(id: 7)) with { Search = new CourseSearch("factoring*", results) });

        Assert.Equal("factoring*", cut.Find("#course-search-input").GetAttribute("value"));
        Assert.Equal("Nothing found for factoring", cut.Find("[data-testid=search-summary]").TextContent.Trim());
        Assert.Single(cut.FindAll("[data-testid=recording]"));
    }

    [Fact]
    public void NoSearch_ShowsTheEmptyBoxAndNoResults()
    {
        var cut = RenderPage(Models.Course(canManage: false, Models.Summary(id: 7)));

        Assert.Null(cut.Find("#course-search-input").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=search-results]"));
    }
}
