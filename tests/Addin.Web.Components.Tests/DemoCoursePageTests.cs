using Addin.Web.Components.Demo;
using Addin.Web.Demo;
using Bunit;

namespace Addin.Web.Components.Tests;

/// <summary>The demo LMS's course page: Addin's frame and the storage frame the platform names as lti_storage_target.</summary>
public sealed class DemoCoursePageTests : BunitContext
{
    private const string Login = "http://127.0.0.1:5080/lti/login?iss=x&lti_storage_target=lti-storage";

    [Fact]
    public void Page_FramesAddinAndAHiddenStorageFrame_LoadedByItsScriptInThatOrder()
    {
        var cut = Render<DemoCoursePage>(p => p
            .Add(c => c.Course, DemoLms.Algebra)
            .Add(c => c.Persona, DemoLms.Persona("student")!)
            .Add(c => c.LoginInitiation, Login)
            .Add(c => c.ToolOrigin, "http://127.0.0.1:5080"));

        var page = cut.Find("#demo-course");
        Assert.Equal("http://127.0.0.1:5080", page.GetAttribute("data-tool-origin"));
        var storage = cut.Find($"iframe[name='{DemoPlatformStorage.StorageFrameName}']");
        Assert.True(storage.HasAttribute("hidden"));
        Assert.Equal("/demo/platform/storage", storage.GetAttribute("data-src"));
        var tool = cut.Find($"iframe[name='{DemoPlatformStorage.ToolFrameName}']");
        Assert.Equal(Login, tool.GetAttribute("data-src"));

        // No src yet: the script starts the launch only once the storage frame can answer.
        Assert.All(cut.FindAll("iframe"), f => Assert.False(f.HasAttribute("src")));
        Assert.Equal(["/js/demo-lms-course.js"], cut.FindAll("script").Select(s => s.GetAttribute("src")));
        Assert.Contains("Sam Lee", cut.Find("[data-testid=course-person]").TextContent, StringComparison.Ordinal);
    }
}
