using System.Globalization;
using Addin.Core.Recordings;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class RecordingPageTests : BunitContext
{
    private IRenderedComponent<RecordingPage> RenderPage(RecordingPageModel model) => Render<RecordingPage>(p => p.Add(c => c.Model, model));

    [Fact]
    public void Video_WithCaptionsPosterAndTranscript()
    {
        var cut = RenderPage(Models.Recording() with { CaptionsLanguage = "en" });

        var video = cut.Find("video#player");
        Assert.Empty(cut.FindAll("audio"));
        Assert.Equal("/media/v1/signed-original", video.GetAttribute("src"));
        Assert.Equal("/media/v1/signed-poster", video.GetAttribute("poster"));
        Assert.True(video.HasAttribute("controls"));
        Assert.True(video.HasAttribute("playsinline"));
        Assert.Equal("metadata", video.GetAttribute("preload"));
        var track = video.QuerySelector("track")!;
        Assert.Equal("captions", track.GetAttribute("kind"));
        Assert.Equal("/media/v1/signed-captions", track.GetAttribute("src"));
        Assert.Equal("en", track.GetAttribute("srclang"));
        Assert.Equal("English", track.GetAttribute("label"));
        Assert.True(track.HasAttribute("default"));
        Assert.Equal(3, cut.FindAll(".player-layout [data-testid=transcript] button.line").Count);
    }

    [Fact]
    public void AudioOnly_UsesAnAudioElement()
    {
        var cut = RenderPage(Models.Recording() with { IsAudioOnly = true, MediaType = "audio/mp4", PosterUrl = null });

        Assert.Empty(cut.FindAll("video"));
        var audio = cut.Find("audio#player");
        Assert.Equal("/media/v1/signed-original", audio.GetAttribute("src"));
        Assert.Equal("/media/v1/signed-captions", audio.QuerySelector("track[kind=captions]")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TranslatedCaptions_AreTracksAfterTheRecordingsOwn_AndTheLanguageChoiceListsThemAll(bool audioOnly)
    {
        var cut = RenderPage(Models.Recording() with
        {
            IsAudioOnly = audioOnly,
            TranslatedCaptions = [new("es", "Spanish", "/media/v1/signed-es"), new("pt-BR", "Portuguese (Brazil)", "/media/v1/signed-pt")],
            Viewing = RecordingViewing.Unwatched with { CaptionLanguage = "pt-BR" },
        });

        var tracks = cut.FindAll("#player track[kind=captions]");
        Assert.Equal(
            [("und", "Captions", "/media/v1/signed-captions", true), ("es", "Spanish", "/media/v1/signed-es", false), ("pt-BR", "Portuguese (Brazil)", "/media/v1/signed-pt", false)],
            tracks.Select(t => (t.GetAttribute("srclang"), t.GetAttribute("label"), t.GetAttribute("src"), t.HasAttribute("default"))));
        var choice = cut.Find("select#caption-language");
        Assert.Equal("pt-BR", choice.GetAttribute("data-chosen"));
        Assert.Equal(["und", "es", "pt-BR"], choice.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["Captions", "Spanish", "Portuguese (Brazil)"], choice.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.True(choice.QuerySelector("option[value=pt-BR]")!.HasAttribute("selected"));
        Assert.Equal("Caption language", choice.ParentElement!.TextContent.Trim().Split('\n')[0].Trim());
    }

    [Fact]
    public void CaptionsInOneLanguage_OfferNoLanguageChoice()
    {
        var cut = RenderPage(Models.Recording());

        Assert.Single(cut.FindAll("track[kind=captions]"));
        Assert.Empty(cut.FindAll("#caption-language"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NoCaptions_NoTrack(bool audioOnly)
    {
        var cut = RenderPage(Models.Recording() with { CaptionsUrl = null, IsAudioOnly = audioOnly });

        Assert.Single(cut.FindAll("#player"));
        Assert.Empty(cut.FindAll("track"));
    }

    [Fact]
    public void Renditions_AudioOnlyToggleThumbnailsTrackAndDownloadButton()
    {
        var cut = RenderPage(Models.Recording() with
        {
            AudioOnlyUrl = "/media/v1/signed-audio", ThumbnailsUrl = "/media/v1/signed-thumbnails", DownloadUrl = "/media/v1/signed-download",
        });

        var toggle = cut.Find("button#audio-only");
        Assert.Equal(("Audio only", "false"), (toggle.TextContent, toggle.GetAttribute("aria-pressed")));
        Assert.Equal(("/media/v1/signed-audio", "/media/v1/signed-original"), (toggle.GetAttribute("data-audio-src"), toggle.GetAttribute("data-video-src")));
        Assert.Equal("/media/v1/signed-thumbnails", cut.Find("video#player track[kind=metadata][data-thumbnails]").GetAttribute("src"));
        Assert.Single(cut.FindAll(".scrubber"));
        var download = cut.Find("a[data-testid=download]");
        Assert.Equal(("/media/v1/signed-download", "Download (MP4 with captions)"), (download.GetAttribute("href"), download.TextContent));
        Assert.True(download.HasAttribute("download"));
    }

    [Fact]
    public void NoRenditions_NoToggleNoScrubberNoDownload()
    {
        var cut = RenderPage(Models.Recording());

        Assert.Empty(cut.FindAll("#audio-only"));
        Assert.Empty(cut.FindAll(".scrubber"));
        Assert.Empty(cut.FindAll("track[kind=metadata]"));
        Assert.Empty(cut.FindAll("[data-testid=download]"));
    }

    [Fact]
    public void NoPoster_NoPosterAttribute()
    {
        var cut = RenderPage(Models.Recording() with { PosterUrl = null });

        Assert.False(cut.Find("video").HasAttribute("poster"));
    }

    [Fact]
    public void NoMediaUrl_NoPlayerAndNoTranscript_ButThePipeline()
    {
        var cut = RenderPage(Models.Recording(canManage: true) with
        {
            MediaUrl = null,
            CaptionsUrl = null,
            Status = RecordingStatus.Processing,
            Stage = PipelineStage.Store,
            Progress = 30,
            Transcript = [],
        });

        Assert.Empty(cut.FindAll("video, audio, #player, .player-layout"));
        Assert.Equal("/api/recordings/7/status", cut.Find(".pipeline").GetAttribute("data-status-url"));
        Assert.Equal("30 %", cut.Find("[data-field=percent]").TextContent);
    }

    [Fact]
    public void Failed_ShowsTheRecordingsError()
    {
        var cut = RenderPage(Models.Recording(canManage: true) with
        {
            MediaUrl = null,
            CaptionsUrl = null,
            Status = RecordingStatus.Failed,
            Stage = PipelineStage.Probe,
            Error = "The file is not a video or audio recording.",
        });

        Assert.Equal("The file is not a video or audio recording.", cut.Find("[data-testid=recording-error]").TextContent);
        Assert.Equal("Failed at Probe", cut.Find("[data-field=stage]").TextContent);
        Assert.Empty(cut.FindAll("video, audio"));
    }

    [Fact]
    public void Processing_WithoutError_ShowsNoError()
    {
        var cut = RenderPage(Models.Recording() with { MediaUrl = null, Status = RecordingStatus.Processing, Stage = PipelineStage.Probe, Error = null });

        Assert.Empty(cut.FindAll("[data-testid=recording-error]"));
    }

    [Fact]
    public void Ready_NoPipelineBox()
    {
        var cut = RenderPage(Models.Recording());

        Assert.Empty(cut.FindAll(".pipeline"));
    }

    [Fact]
    public void Manager_SeesProcessingLog()
    {
        var cut = RenderPage(Models.Recording(canManage: true));

        var events = cut.FindAll("[data-testid=events] li");
        Assert.Equal(2, events.Count);
        Assert.Equal("Store", events[0].QuerySelector(".stage")!.TextContent);
        Assert.Equal("Stored 1.2 MB", events[0].QuerySelector(".message")!.TextContent);
        Assert.Equal("2025-03-14T09:31:00.0000000+00:00", events[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("warning", events[1].ClassList);
    }

    [Fact]
    public void NonManager_SeesNoProcessingLog_EvenIfTheModelHadEvents()
    {
        var cut = RenderPage(Models.Recording(canManage: false));

        Assert.Empty(cut.FindAll("[data-testid=events], .events"));
        Assert.DoesNotContain("Stored 1.2 MB", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Manager_WithNoEvents_NoLog()
    {
        var cut = RenderPage(Models.Recording(canManage: true) with { Events = [] });

        Assert.Empty(cut.FindAll(".events"));
    }

    [Fact]
    public void Header_CrumbDateAndDuration_InvariantUnderGermanCulture()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var cut = RenderPage(Models.Recording());

            Assert.Equal($"/app/course/3?t={Models.EscapedToken}", cut.Find("nav.crumbs a").GetAttribute("href"));
            Assert.Equal("← Algebra 1", cut.Find("nav.crumbs a").TextContent);
            Assert.Equal("Factoring quadratics", cut.Find("h1").TextContent);
            Assert.Equal("Friday 14 March 2025, 09:30 UTC · 1:23", string.Join(' ', cut.Find("p.meta").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void Scripts_AreStatusAndPlayer_AndTokenInMeta()
    {
        var cut = RenderPage(Models.Recording());

        Assert.Equal(["/js/status.js", "/js/player.js", "/js/player-controls.js", "/js/playback.js", "/js/transcript-search.js", "/js/localtime.js"], cut.FindAll("script").Select(s => s.GetAttribute("src")));
        Assert.Equal(Models.Token, cut.Find("meta[name=addin-session]").GetAttribute("content"));
        Assert.Empty(cut.FindAll("[style]"));
    }

    [Fact]
    public void HostileTitleAndTranscript_AreEscaped()
    {
        var cut = RenderPage(Models.Recording() with
        {
            Title = "<script>alert(1)</script>",
            Transcript = [new TranscriptLineView(0, 0, 1, "<img src=x onerror=alert(1)>", "</button><script>alert(2)</script>")],
        });

        Assert.Equal(6, cut.FindAll("script").Count); // only the page's own scripts (see Scripts_AreStatusAndPlayer_AndTokenInMeta)
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;/button&gt;&lt;script&gt;alert(2)&lt;/script&gt;", cut.Markup, StringComparison.Ordinal);
    }
}
