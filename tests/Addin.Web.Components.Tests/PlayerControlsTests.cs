using Addin.Core.Playback;
using Addin.Web.Components.Pages;
using Addin.Web.Components.Shared;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class PlayerControlsTests : BunitContext
{
    [Fact]
    public void Speeds_FromHalfToDouble_WithTheSavedOneSelected_AndALabel()
    {
        var cut = Render<PlayerControls>(p => p.Add(c => c.PlaybackUrl, "/api/recordings/7/playback?t=x").Add(c => c.StorageKey, "addin.player.3").Add(c => c.Speed, 1.5));

        var select = cut.Find("label select#speed");
        Assert.Equal(["0.5", "0.75", "1", "1.25", "1.5", "1.75", "2"], select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal("1.5", select.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.StartsWith("Speed", cut.Find("label").TextContent.Trim(), StringComparison.Ordinal);
        var controls = cut.Find("[data-testid=player-controls]");
        Assert.Equal("/api/recordings/7/playback?t=x", controls.GetAttribute("data-playback-url"));
        Assert.Equal("addin.player.3", controls.GetAttribute("data-storage-key"));
        Assert.Equal("1.5", controls.GetAttribute("data-speed"));
    }

    [Theory]
    [InlineData(true, "true", "on")]
    [InlineData(false, "false", "off")]
    public void CaptionsButton_ShowsTheSavedChoice(bool on, string pressed, string data)
    {
        var cut = Render<PlayerControls>(p => p.Add(c => c.PlaybackUrl, "/p").Add(c => c.StorageKey, "k").Add(c => c.HasCaptions, true).Add(c => c.CaptionsOn, on));

        Assert.Equal(pressed, cut.Find("button#captions").GetAttribute("aria-pressed"));
        Assert.Equal(data, cut.Find("[data-testid=player-controls]").GetAttribute("data-captions"));
    }

    [Fact]
    public void NoCaptions_NoCaptionsButton()
    {
        var cut = Render<PlayerControls>(p => p.Add(c => c.PlaybackUrl, "/p").Add(c => c.StorageKey, "k"));

        Assert.Empty(cut.FindAll("#captions"));
    }

    [Fact]
    public void Resume_OffersTheStoppedMomentAndStartOver_HiddenUntilTheScriptDecides()
    {
        var cut = Render<PlayerControls>(p => p.Add(c => c.PlaybackUrl, "/p").Add(c => c.StorageKey, "k").Add(c => c.ResumeAt, 754.2));

        var resume = cut.Find("#resume");
        Assert.True(resume.HasAttribute("hidden"));
        Assert.Equal("754.2", resume.GetAttribute("data-resume"));
        Assert.Equal("Resume at 12:34", cut.Find("#resume-at").TextContent);
        Assert.Equal("Start over", cut.Find("#start-over").TextContent);
    }

    [Fact]
    public void NothingToResume_NoResume()
    {
        var cut = Render<PlayerControls>(p => p.Add(c => c.PlaybackUrl, "/p").Add(c => c.StorageKey, "k"));

        Assert.Empty(cut.FindAll("#resume"));
    }

    [Fact]
    public void KeyboardShortcuts_AreListedInADisclosure()
    {
        var cut = Render<PlayerControls>(p => p.Add(c => c.PlaybackUrl, "/p").Add(c => c.StorageKey, "k"));

        Assert.Equal("Keyboard shortcuts", cut.Find("details.shortcuts summary").TextContent);
        var keys = cut.FindAll("details.shortcuts dt").Select(d => d.TextContent).ToList();
        Assert.Equal(["Space or K", "J / L", "← / →", "C"], keys);
    }

    [Fact]
    public void RecordingPage_HasThePlayerControls_AndTheirScripts()
    {
        var cut = Render<RecordingPage>(p => p.Add(c => c.Model, Models.Recording()));

        Assert.Single(cut.FindAll(".player [data-testid=player-controls]"));
        Assert.EndsWith("/api/recordings/7/playback?t=" + Models.EscapedToken, cut.Find("[data-testid=player-controls]").GetAttribute("data-playback-url"), StringComparison.Ordinal);
    }
}

public sealed class WatchProgressListTests : BunitContext
{
    [Fact]
    public void ForManagers_ABarPerStudent_WithShareInWordsAndLabel()
    {
        var students = new[]
        {
            new StudentWatch(1, "Alex Kim", WatchedRanges.Parse("0-30"), 120),
            new StudentWatch(2, "Sam Lee", WatchedRanges.None, 120),
        };

        var cut = Render<WatchProgressList>(p => p.Add(c => c.Students, students));

        Assert.Equal("Who watched", cut.Find("h2").TextContent);
        var rows = cut.FindAll("[data-testid=student-watch]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("25", rows[0].QuerySelector("progress")!.GetAttribute("value"));
        Assert.Equal("Alex Kim watched 25%", rows[0].QuerySelector("progress")!.GetAttribute("aria-label"));
        Assert.Equal("25% (0:30)", rows[0].QuerySelector(".share")!.TextContent);
        Assert.Equal("0% (0:00)", rows[1].QuerySelector(".share")!.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=own-watch]"));
    }

    [Fact]
    public void ForEveryoneElse_OnlyTheirOwnShare()
    {
        var cut = Render<WatchProgressList>(p => p.Add(c => c.OwnShare, 0.4));

        Assert.Equal("Your progress", cut.Find("h2").TextContent);
        Assert.Contains("You have watched 40% of this recording.", cut.Find("[data-testid=own-watch]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=student-watch]"));
    }
}
