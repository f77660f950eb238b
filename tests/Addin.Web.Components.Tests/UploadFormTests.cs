using Addin.Web.Components.Shared;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class UploadFormTests : BunitContext
{
    private IRenderedComponent<UploadForm> RenderForm(string? watchedFolder = null) =>
        Render<UploadForm>(p => p
            .Add(c => c.CourseId, 3)
            .Add(c => c.Token, Models.Token)
            .Add(c => c.MaxBytes, 2L * 1024 * 1024 * 1024)
            .Add(c => c.WatchedFolder, watchedFolder));

    [Fact]
    public void Fields_ComeTitleThenTranscriptThenFile()
    {
        var cut = RenderForm();

        Assert.Equal(["title", "transcript", "file"], cut.FindAll("form input").Select(i => i.GetAttribute("name")));
        Assert.Equal(["text", "file", "file"], cut.FindAll("form input").Select(i => i.GetAttribute("type")));
        Assert.True(cut.Find("input[name=file]").HasAttribute("required"));
        Assert.False(cut.Find("input[name=transcript]").HasAttribute("required"));
    }

    [Fact]
    public void Action_PostsMultipartToTheCourse_WithTheToken()
    {
        var form = RenderForm().Find("form");

        Assert.Equal($"/app/course/3/upload?t={Models.EscapedToken}", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
    }

    [Fact]
    public void ResumableEndpoint_IsTheCoursesTusPath_WithoutTheToken()
    {
        var form = RenderForm().Find("form");

        // The script sends the session in the Authorization header, so the token stays out of the upload URLs.
        Assert.Equal("/app/course/3/upload/resumable", form.GetAttribute("data-resumable"));
    }

    [Fact]
    public void Accepts_MediaAndTranscripts_AndShowsTheLimit()
    {
        var cut = RenderForm();

        Assert.Equal("video/*,audio/*", cut.Find("input[name=file]").GetAttribute("accept"));
        Assert.Contains(".vtt", cut.Find("input[name=transcript]").GetAttribute("accept"), StringComparison.Ordinal);
        Assert.Contains("up to 2 GB", cut.Find("p.muted").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressAndMessage_StartHiddenAndEmpty()
    {
        var cut = RenderForm();

        Assert.True(cut.Find("progress.upload-progress").HasAttribute("hidden"));
        Assert.Equal("", cut.Find(".upload-message").TextContent);
        Assert.Equal("polite", cut.Find(".upload-message").GetAttribute("aria-live"));
    }

    [Fact]
    public void WatchedFolder_ShownOnlyWhenKnown()
    {
        Assert.Equal("/data/inbox/alg-101", RenderForm("/data/inbox/alg-101").Find("[data-testid=watched-folder]").TextContent);
        Assert.Empty(RenderForm(null).FindAll("[data-testid=watched-folder]"));
    }
}
