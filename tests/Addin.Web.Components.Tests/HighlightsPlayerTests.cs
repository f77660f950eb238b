using Addin.Sdk.Summaries;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class HighlightsPlayerTests : BunitContext
{
    private static readonly HighlightsView Highlights = new(
        "/media/v1/signed-highlights",
        "/media/v1/signed-highlight-captions",
        TimeSpan.FromSeconds(35),
        [
            new HighlightMomentView(MomentKind.Confusion, "<script>alert(1)</script> lost at the denominator", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(125)),
            new HighlightMomentView(MomentKind.Breakthrough, "gets it", TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(600)),
        ]);

    [Fact]
    public void HighlightsView_PlaysTheClipWithItsCaptions_AndListsItsMomentsWithLinksIntoTheFullRecording()
    {
        var cut = Render<RecordingPage>(p => p.Add(c => c.Model, Models.Recording() with { Highlights = Highlights, ShowHighlights = true }));

        var video = cut.Find("[data-testid=highlights] video#player");
        Assert.Equal("/media/v1/signed-highlights", video.GetAttribute("src"));
        Assert.Equal("/media/v1/signed-highlight-captions", video.QuerySelector("track[kind=captions]")!.GetAttribute("src"));
        Assert.Single(cut.FindAll("video"));
        Assert.Empty(cut.FindAll("[data-testid=transcript]"));
        var moments = cut.FindAll("[data-testid=highlight-moments] li");
        Assert.Equal(2, moments.Count);
        Assert.Equal("5", moments[0].QuerySelector("a.seek")!.GetAttribute("data-seek"));
        Assert.Contains("Confusion", moments[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script> lost", moments[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=highlight-moments] script"));
        var full = moments[1].QuerySelector("a.open-full")!;
        Assert.Equal("open in the full recording at 10:00", full.TextContent);
        Assert.EndsWith("#t=600", full.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Highlights", cut.Find("[data-testid=player-modes] [aria-current=page]").TextContent);
    }

    [Fact]
    public void FullRecording_WithHighlightsAndChapters_OffersTheSwitchAndAChaptersTrack()
    {
        var cut = Render<RecordingPage>(p => p.Add(c => c.Model, Models.Recording() with { Highlights = Highlights, ChaptersUrl = "/media/v1/signed-chapters" }));

        Assert.Contains("view=highlights", cut.Find("[data-testid=highlights-link]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("/media/v1/signed-chapters", cut.Find("video#player track[kind=chapters]").GetAttribute("src"));
        Assert.Empty(cut.FindAll("[data-testid=highlights]"));
    }

    [Fact]
    public void NoHighlights_NoSwitchAndNoChaptersTrack()
    {
        var cut = Render<RecordingPage>(p => p.Add(c => c.Model, Models.Recording()));

        Assert.Empty(cut.FindAll("[data-testid=player-modes]"));
        Assert.Empty(cut.FindAll("track[kind=chapters]"));
    }
}
