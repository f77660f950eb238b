using Addin.Core.Recordings;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class DeepLinkPickerPageTests : BunitContext
{
    private const string PickToken = "pick-\"tok\"+/=";

    private static readonly PickableItem Ready = new(PickableKind.Recording, 7, "Factoring quadratics")
    {
        At = Models.SessionAt, Duration = TimeSpan.FromSeconds(83), Stage = PipelineStage.Ready, Status = RecordingStatus.Ready,
    };

    private static readonly PickableItem Processing = new(PickableKind.Recording, 8, "Tutoring: fractions")
    {
        At = Models.SessionAt.AddDays(1), Stage = PipelineStage.Probe, Status = RecordingStatus.Processing,
    };

    private static DeepLinkPickerModel Model(bool multiple = true, params PickableItem[] recordings) =>
        new(Models.Instructor, "Algebra 1", PickToken, recordings, new PickableItem(PickableKind.CourseRecordings, 3, "Algebra 1")) { Multiple = multiple };

    private IRenderedComponent<DeepLinkPickerPage> RenderPage(DeepLinkPickerModel model) => Render<DeepLinkPickerPage>(p => p.Add(c => c.Model, model));

    [Fact]
    public void Picker_ListsTheCourseListThenEachRecording_WithDateDurationAndStage_AsCheckboxes()
    {
        var cut = RenderPage(Model(true, Ready, Processing));

        var inputs = cut.FindAll("input[name=item]");
        Assert.Equal(["course:3", "recording:7", "recording:8"], inputs.Select(i => i.GetAttribute("value")));
        Assert.All(inputs, i => Assert.Equal("checkbox", i.GetAttribute("type")));
        Assert.Contains("The course's recording list", cut.Find("[data-testid=pick-course]").ParentElement!.TextContent, StringComparison.Ordinal);
        var rows = cut.FindAll("[data-testid=pickable-recording]");
        Assert.Equal("Factoring quadratics", rows[0].QuerySelector(".title")!.TextContent);
        Assert.Equal("2025-03-14T09:30:00Z", rows[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("1:23", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("ready", rows[0].QuerySelector(".stage")!.TextContent);
        Assert.Equal("processing (probe)", rows[1].QuerySelector(".stage")!.TextContent);
        Assert.Equal("Choose what to add", cut.Find("legend").TextContent);
    }

    [Fact]
    public void Picker_PostsToItselfWithTheSessionAndThePendingSelection()
    {
        var cut = RenderPage(Model(true, Ready));

        var form = cut.Find("form[data-testid=picker]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal($"/app/deep-link?t={Models.EscapedToken}", form.GetAttribute("action"));
        Assert.Equal(PickToken, cut.Find("input[type=hidden][name=pick]").GetAttribute("value"));
        Assert.Equal("place", cut.Find("[data-testid=place]").GetAttribute("value"));
        Assert.Equal("cancel", cut.Find("[data-testid=cancel]").GetAttribute("value"));
        Assert.False(cut.Find("[data-testid=place]").HasAttribute("disabled"));
        Assert.False(cut.Find("fieldset").HasAttribute("disabled"));
    }

    [Fact]
    public void PlatformTakingOneItem_GetsRadioButtons()
    {
        var cut = RenderPage(Model(false, Ready, Processing));

        Assert.All(cut.FindAll("input[name=item]"), i => Assert.Equal("radio", i.GetAttribute("type")));
        Assert.Equal("Choose one item to add", cut.Find("legend").TextContent);
    }

    [Fact]
    public void PlatformNotTakingLinks_DisablesTheChoicesAndPlace_ButNotCancel()
    {
        var cut = RenderPage(Model(true, Ready) with { NotAccepted = "Your LMS accepts only file here." });

        Assert.Equal("Your LMS accepts only file here.", cut.Find("[data-testid=not-accepted]").TextContent);
        Assert.True(cut.Find("fieldset").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=place]").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid=cancel]").HasAttribute("disabled"));
    }

    [Fact]
    public void AfterARefusedSubmit_TheErrorShowsAndTheChoicesStayChecked()
    {
        var cut = RenderPage(Model(false, Ready, Processing) with { Error = "Choose one.", Selected = ["recording:8", "course:3"] });

        Assert.Equal("Choose one.", cut.Find("[data-testid=picker-error]").TextContent);
        Assert.Equal(["course:3", "recording:8"], cut.FindAll("input[name=item][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void CourseWithoutRecordings_SaysSo_AndStillOffersTheList()
    {
        var cut = RenderPage(Model(true));

        Assert.Single(cut.FindAll("[data-testid=no-recordings]"));
        Assert.Equal(["course:3"], cut.FindAll("input[name=item]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void HostileTitlesAndMessages_AreShownAsText_NeverAsMarkup()
    {
        const string hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        var recording = Ready with { Title = hostile };
        var model = new DeepLinkPickerModel(Models.Instructor with { Name = hostile }, hostile, hostile, [recording], new PickableItem(PickableKind.CourseRecordings, 3, hostile))
        {
            Error = hostile,
            NotAccepted = hostile,
            OpensIn = hostile,
        };

        var cut = RenderPage(model);

        Assert.Equal(["/js/localtime.js"], cut.FindAll("script").Select(s => s.GetAttribute("src")));
        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(hostile, cut.Find("[data-testid=pickable-recording] .title").TextContent);
        Assert.Equal(hostile, cut.Find("[data-testid=picker-error]").TextContent);
        Assert.Equal($"Add Addin content to {hostile}", cut.Find("h1").TextContent);
        var pick = cut.Find("input[type=hidden][name=pick]");
        Assert.Equal(hostile, pick.GetAttribute("value"));
        Assert.Equal(["type", "name", "value"], pick.Attributes.Select(a => a.Name));
    }
}
