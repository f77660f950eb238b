using Addin.Core.Persistence;
using Addin.Core.Playback;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// The player's speed, captions, keyboard shortcuts, resume and playback events in Chromium, on the class recording.
/// Each test is a different person, since what one person does is stored and would change what another test sees.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class PlaybackTests(DemoAppFixture demo)
{
    private static readonly TimeSpan StoredWithin = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SpeedAndCaptions_PersistAcrossReload_InTheBrowserAndOnTheServer()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await OpenClassAsync(page, "student3");

        await frame.GetByLabel("Speed").SelectOptionAsync("1.5");
        await frame.Locator("#captions").ClickAsync();
        Assert.Equal(1.5, await frame.EvaluateAsync<double>("() => document.getElementById('player').playbackRate"));
        Assert.Equal("hidden", await CaptionsModeAsync(frame));
        await Expect(frame.Locator("#captions")).ToHaveAttributeAsync("aria-pressed", "false");

        await frame.GotoAsync(frame.Url);
        await WaitForMetadataAsync(frame);
        await Expect(frame.GetByLabel("Speed")).ToHaveValueAsync("1.5");
        Assert.Equal(1.5, await frame.EvaluateAsync<double>("() => document.getElementById('player').playbackRate"));
        Assert.Equal("hidden", await CaptionsModeAsync(frame));
        await Expect(frame.Locator("#captions")).ToHaveAttributeAsync("aria-pressed", "false");

        // The server kept them too (from the batch sent as the page went away): another browser starts with them.
        long riley = await PersonIdAsync("demo-student-riley");
        var preference = await WaitFor.ValueAsync(
            ct => ReadAsync(db => db.PlayerPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == riley, ct)),
            p => p is not null, "Riley's player preference to be stored", StoredWithin);
        Assert.Equal((1.5, false), (preference!.Speed, preference.CaptionsOn));
        await using var otherBrowser = await demo.NewPageAsync();
        var elsewhere = await OpenClassAsync(otherBrowser, "student3");
        await Expect(elsewhere.GetByLabel("Speed")).ToHaveValueAsync("1.5");
        Assert.Equal("hidden", await CaptionsModeAsync(elsewhere));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task KeyboardShortcuts_PlayPauseSkipAndCaptions_ButNotWhileTyping()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await OpenClassAsync(page, "student2");
        double duration = await frame.EvaluateAsync<double>("() => document.getElementById('player').duration");
        await frame.EvaluateAsync("() => { document.getElementById('player').currentTime = 2; document.activeElement?.blur(); }");

        await frame.Locator("h1").ClickAsync();
        await page.Page.Keyboard.PressAsync("ArrowRight");
        await WaitForTimeAsync(frame, 7);
        await page.Page.Keyboard.PressAsync("l");
        await WaitForTimeAsync(frame, Math.Min(17, duration));
        await page.Page.Keyboard.PressAsync("j");
        await WaitForTimeAsync(frame, Math.Min(17, duration) - 10);
        await page.Page.Keyboard.PressAsync("ArrowLeft");
        await WaitForTimeAsync(frame, Math.Min(17, duration) - 15);

        await page.Page.Keyboard.PressAsync(" ");
        await frame.WaitForFunctionAsync("() => !document.getElementById('player').paused");
        await page.Page.Keyboard.PressAsync("k");
        await frame.WaitForFunctionAsync("() => document.getElementById('player').paused");
        await page.Page.Keyboard.PressAsync(" ");
        await frame.WaitForFunctionAsync("() => !document.getElementById('player').paused");
        await page.Page.Keyboard.PressAsync(" ");
        await frame.WaitForFunctionAsync("() => document.getElementById('player').paused");

        Assert.Equal("showing", await CaptionsModeAsync(frame));
        await page.Page.Keyboard.PressAsync("c");
        Assert.Equal("hidden", await CaptionsModeAsync(frame));
        await page.Page.Keyboard.PressAsync("C");
        Assert.Equal("showing", await CaptionsModeAsync(frame));

        // Typing in the transcript search: the letters go into the box, the player does nothing.
        double before = await frame.EvaluateAsync<double>("() => document.getElementById('player').currentTime");
        var search = frame.GetByRole(AriaRole.Searchbox).First;
        await search.FillAsync("");
        await search.PressSequentiallyAsync("clk j");
        await Expect(search).ToHaveValueAsync("clk j");
        Assert.Equal("showing", await CaptionsModeAsync(frame));
        Assert.True(await frame.EvaluateAsync<bool>("() => document.getElementById('player').paused"));
        Assert.Equal(before, await frame.EvaluateAsync<double>("() => document.getElementById('player').currentTime"), 1);

        // The shortcuts are listed for the person.
        await frame.GetByText("Keyboard shortcuts").ClickAsync();
        await Expect(frame.Locator("details.shortcuts dl")).ToBeVisibleAsync();
        await Expect(frame.Locator("details.shortcuts")).ToContainTextAsync("Captions on or off");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Reopening_ResumesWhereTheyStopped_OrStartsOver_UnlessTheAddressNamesAMoment()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await OpenClassAsync(page, "student");
        string url = frame.Url;
        await frame.EvaluateAsync("() => { document.getElementById('player').currentTime = 8; }");
        await WaitForTimeAsync(frame, 8);

        // Leaving the page sends where playback was.
        await frame.GotoAsync("about:blank");
        long sam = await PersonIdAsync("demo-student-sam");
        await WaitFor.ValueAsync(
            ct => ReadAsync(db => db.PlaybackProgress.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == sam && p.RecordingId == demo.Class.Id, ct)),
            p => p is not null && Math.Abs(p.LastPosition - 8) < 0.5, "Sam's position to be stored", StoredWithin);

        await frame.GotoAsync(url);
        await WaitForTimeAsync(frame, 8);
        await Expect(frame.GetByTestId("resume")).ToBeVisibleAsync();
        await Expect(frame.Locator("#resume-at")).ToHaveTextAsync("Resume at 0:08");

        await frame.Locator("#start-over").ClickAsync();
        await frame.WaitForFunctionAsync("() => document.getElementById('player').currentTime < 2");
        await Expect(frame.GetByTestId("resume")).ToBeHiddenAsync();

        // A link to a moment wins over resuming.
        await frame.GotoAsync("about:blank");
        await frame.GotoAsync(url.Split('#')[0] + "#t=3");
        await WaitForTimeAsync(frame, 3);
        await Expect(frame.GetByTestId("resume")).ToBeHiddenAsync();
        page.AssertNoProblems();
    }

    [Fact]
    public async Task PlaySeekSpeedAndCaptions_AreStored_WithTheWatchedParts()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await OpenClassAsync(page, "parent");

        await frame.EvaluateAsync("() => document.getElementById('player').play()");
        await frame.WaitForFunctionAsync("() => document.getElementById('player').currentTime > 2");
        await frame.EvaluateAsync("() => { document.getElementById('player').currentTime = 12; }");
        await WaitForTimeAsync(frame, 12);
        await frame.GetByLabel("Speed").SelectOptionAsync("2");
        await frame.Locator("#captions").ClickAsync();
        await frame.WaitForFunctionAsync("() => document.getElementById('player').currentTime > 14");
        await frame.EvaluateAsync("() => document.getElementById('player').pause()");
        await frame.GotoAsync("about:blank");

        long parent = await PersonIdAsync("demo-parent-jordan");
        var events = await WaitFor.ValueAsync(
            ct => ReadAsync(db => db.PlaybackEvents.AsNoTracking().Where(e => e.PersonId == parent && e.RecordingId == demo.Class.Id).OrderBy(e => e.Id).ToListAsync(ct)),
            list => list.Any(e => e.Kind == PlaybackEventKind.Pause), "Jordan's playback events to be stored", StoredWithin);
        var progress = await ReadAsync(db => db.PlaybackProgress.AsNoTracking().SingleAsync(p => p.PersonId == parent && p.RecordingId == demo.Class.Id));

        Assert.Equal(PlaybackEventKind.Play, events[0].Kind);
        var seek = Assert.Single(events, e => e.Kind == PlaybackEventKind.Seek);
        Assert.True(seek.From > 1.5 && Math.Abs(seek.To!.Value - 12) < 0.01, $"seek from {seek.From} to {seek.To}");
        Assert.Equal(2, Assert.Single(events, e => e.Kind == PlaybackEventKind.Speed).Speed);
        Assert.False(Assert.Single(events, e => e.Kind == PlaybackEventKind.Captions).CaptionsOn);
        Assert.Equal(2, progress.Watched.Ranges.Count);
        Assert.InRange(progress.Watched.Ranges[0].Start, 0, 0.5);
        Assert.InRange(progress.Watched.Ranges[1].Start, 11.5, 12.5);
        Assert.InRange(progress.WatchedSeconds, 3.5, 10);
        page.AssertNoProblems();
    }

    private async Task<IFrame> OpenClassAsync(WatchedPage page, string persona)
    {
        var frame = await page.LaunchAsync(persona);
        string token = WatchedPage.TokenOf(frame);
        await frame.GotoAsync(new Uri(demo.App.BaseUrl, $"/app/recording/{demo.Class.Id}?t={Uri.EscapeDataString(token)}").ToString());
        await WaitForMetadataAsync(frame);
        return frame;
    }

    private static Task WaitForMetadataAsync(IFrame frame) =>
        frame.WaitForFunctionAsync("() => { const p = document.getElementById('player'); return p && p.readyState >= 1 && p.textTracks.length > 0; }");

    private static Task WaitForTimeAsync(IFrame frame, double seconds) =>
        frame.WaitForFunctionAsync("t => Math.abs(document.getElementById('player').currentTime - t) < 0.5", seconds);

    private static Task<string> CaptionsModeAsync(IFrame frame) =>
        frame.EvaluateAsync<string>("() => [...document.getElementById('player').textTracks].find(t => t.kind === 'captions').mode");

    private Task<long> PersonIdAsync(string subject) => ReadAsync(db => db.People.Where(p => p.Subject == subject).Select(p => p.Id).SingleAsync());

    private async Task<T> ReadAsync<T>(Func<AddinDbContext, Task<T>> read)
    {
        await using var scope = demo.App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AddinDbContext>());
    }
}
