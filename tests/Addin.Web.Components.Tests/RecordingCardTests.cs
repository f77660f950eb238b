using Addin.Core.Recordings;
using Addin.Web.Components.Shared;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class RecordingCardTests : BunitContext
{
    private IRenderedComponent<RecordingCard> RenderCard(RecordingSummary recording) =>
        Render<RecordingCard>(p => p.Add(c => c.Recording, recording).Add(c => c.Token, Models.Token));

    [Fact]
    public void Link_CarriesTheSessionToken()
    {
        var cut = RenderCard(Models.Summary(id: 7));

        Assert.Equal($"/app/recording/7?t={Models.EscapedToken}", cut.Find("a.card-link").GetAttribute("href"));
        Assert.Equal("7", cut.Find("li.recording-card").GetAttribute("data-recording-id"));
    }

    [Fact]
    public void TitleDateAndDuration_AreShown()
    {
        var cut = RenderCard(Models.Summary(title: "Factoring quadratics"));

        Assert.Equal("Factoring quadratics", cut.Find(".title").TextContent);
        Assert.Equal("14 Mar 2025, 09:30 UTC · 1:23", Normalize(cut.Find(".card-text .meta").TextContent));
    }

    [Theory]
    [InlineData(59, "0:59")]
    [InlineData(3599, "59:59")]
    [InlineData(3900, "1:05:00")]
    public void Duration_IsMinutesSeconds_OrHoursMinutesSeconds(int seconds, string shown)
    {
        var cut = RenderCard(Models.Summary() with { Duration = TimeSpan.FromSeconds(seconds) });

        Assert.EndsWith($" · {shown}", Normalize(cut.Find(".card-text .meta").TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void Poster_WhenThere_IsAnImage()
    {
        var cut = RenderCard(Models.Summary() with { PosterUrl = "/media/v1/poster-token" });

        var img = cut.Find("img.poster");
        Assert.Equal("/media/v1/poster-token", img.GetAttribute("src"));
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.Empty(cut.FindAll(".poster.placeholder"));
    }

    [Fact]
    public void Poster_WhenMissing_IsAPlaceholder()
    {
        var cut = RenderCard(Models.Summary() with { PosterUrl = null });

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal("true", cut.Find(".poster.placeholder").GetAttribute("aria-hidden"));
    }

    [Fact]
    public void Restricted_IsMarkedOneToOne()
    {
        var restricted = RenderCard(Models.Summary() with { IsRestricted = true });
        var open = RenderCard(Models.Summary() with { IsRestricted = false });

        Assert.Equal("one-to-one", restricted.Find("[data-testid=restricted]").TextContent);
        Assert.Empty(open.FindAll("[data-testid=restricted]"));
        Assert.DoesNotContain("one-to-one", open.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Processing_ShowsLivePipeline_ReadyDoesNot()
    {
        var processing = RenderCard(Models.Summary(id: 9, status: RecordingStatus.Processing));
        var ready = RenderCard(Models.Summary(id: 9, status: RecordingStatus.Ready));

        Assert.Equal("/api/recordings/9/status", processing.Find(".pipeline").GetAttribute("data-status-url"));
        Assert.Empty(ready.FindAll(".pipeline"));
    }

    [Fact]
    public void Failed_ShowsItsError_ProcessingWithoutErrorShowsNone()
    {
        var failed = RenderCard(Models.Summary(status: RecordingStatus.Failed) with { Error = "The file is empty (0 bytes)." });
        var processing = RenderCard(Models.Summary(status: RecordingStatus.Processing) with { Error = null });

        Assert.Equal("The file is empty (0 bytes).", failed.Find("[data-testid=recording-error]").TextContent);
        Assert.Empty(processing.FindAll("[data-testid=recording-error]"));
    }

    [Fact]
    public void Title_IsEncoded()
    {
        var cut = RenderCard(Models.Summary(title: "<script>alert(1)</script>"));

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
