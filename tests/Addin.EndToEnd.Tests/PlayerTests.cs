using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>The instructor launches from the demo LMS and plays the class recording: media, captions, transcript seek, deep links.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class PlayerTests(DemoAppFixture demo, ITestOutputHelper output)
{
    [Fact]
    public async Task Instructor_PlaysClassRecording_WithCaptions_AndSeeksFromTheTranscript()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("instructor");

        await Expect(frame.Locator("h1")).ToContainTextAsync("Algebra 1");
        await Expect(Card(frame, DemoAppFixture.ClassTitle)).ToHaveCountAsync(1);
        await Expect(Card(frame, DemoAppFixture.TutoringTitle)).ToHaveCountAsync(1);
        await Expect(Card(frame, DemoAppFixture.TutoringTitle).GetByTestId("restricted")).ToHaveTextAsync("one-to-one");

        await Card(frame, DemoAppFixture.ClassTitle).Locator("a").ClickAsync();
        await frame.WaitForURLAsync(WatchedPage.RecordingPage());
        await Expect(frame.Locator("h1")).ToHaveTextAsync(DemoAppFixture.ClassTitle);
        await Expect(frame.Locator("video#player")).ToBeVisibleAsync();

        // The media loads through its signed URL and is as long as the pipeline measured.
        await frame.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
        double duration = await frame.EvaluateAsync<double>("() => document.getElementById('player').duration");
        Assert.InRange(duration, demo.Class.DurationSeconds - 0.5, demo.Class.DurationSeconds + 0.5);

        // The captions track loads its cues: one a transcript line.
        var lines = frame.Locator(".transcript button.line");
        await Expect(lines).ToHaveCountAsync(6);
        await frame.WaitForFunctionAsync("""
            () => {
              const track = document.getElementById('player').textTracks[0];
              return !!track && (track.mode === 'showing' || track.mode === 'hidden') && !!track.cues && track.cues.length > 0;
            }
            """);
        Assert.Equal(6, await frame.EvaluateAsync<int>("() => document.getElementById('player').textTracks[0].cues.length"));
        Assert.Equal("captions", await frame.EvaluateAsync<string>("() => document.getElementById('player').textTracks[0].kind"));

        // It plays: time advances.
        await frame.EvaluateAsync("() => document.getElementById('player').play()");
        await frame.WaitForFunctionAsync("() => { const p = document.getElementById('player'); return !p.paused && p.currentTime > 0.3; }");

        // A click on the third line seeks there, keeps playing, and marks that line as the one being spoken.
        var third = lines.Nth(2);
        double start = double.Parse((await third.GetAttributeAsync("data-start"))!, CultureInfo.InvariantCulture);
        Assert.True(start > 2, $"the third line starts at {start} s, too early to tell a seek from playback");
        await third.ClickAsync();
        await frame.WaitForFunctionAsync(
            "start => Math.abs(document.getElementById('player').currentTime - start) < 0.5",
            start);
        await frame.WaitForFunctionAsync("""
            () => {
              const line = document.querySelectorAll('.transcript button.line')[2];
              return line.getAttribute('aria-current') === 'true' && !document.getElementById('player').paused;
            }
            """);
        Assert.Equal(1, await frame.Locator(".transcript button.line[aria-current=true]").CountAsync());

        output.WriteLine($"duration {duration:0.00} s; third line at {start} s");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task DeepLink_OpensTheRecordingAtTheMoment()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("student");
        string token = WatchedPage.TokenOf(frame);

        await frame.GotoAsync(new Uri(demo.App.BaseUrl, $"/app/recording/{demo.Class.Id}?t={Uri.EscapeDataString(token)}#t=5").ToString());

        await frame.WaitForFunctionAsync("() => { const p = document.getElementById('player'); return p && p.readyState >= 1 && Math.abs(p.currentTime - 5) < 0.5; }");
        var current = frame.Locator(".transcript button.line[aria-current=true]");
        await Expect(current).ToHaveCountAsync(1);
        double start = double.Parse((await current.GetAttributeAsync("data-start"))!, CultureInfo.InvariantCulture);
        double end = double.Parse((await current.GetAttributeAsync("data-end"))!, CultureInfo.InvariantCulture);
        Assert.InRange(5, start, end);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Student_SwitchesToAudioOnly_PreviewsThumbnails_AndDownloadsTheSessionWithCaptions()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("student");
        string token = WatchedPage.TokenOf(frame);
        await frame.GotoAsync(new Uri(demo.App.BaseUrl, $"/app/recording/{demo.Class.Id}?t={Uri.EscapeDataString(token)}#t=4").ToString());
        await frame.WaitForFunctionAsync("() => { const p = document.getElementById('player'); return p && p.readyState >= 1 && Math.abs(p.currentTime - 4) < 0.5; }");

        // Audio only: the source becomes the M4A, at the same moment.
        var toggle = frame.Locator("#audio-only");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        string audioSource = (await toggle.GetAttributeAsync("data-audio-src"))!;
        await frame.WaitForFunctionAsync(
            "src => { const p = document.getElementById('player'); return p.currentSrc.endsWith(src) && p.readyState >= 1 && Math.abs(p.currentTime - 4) < 0.5; }",
            audioSource);
        await frame.EvaluateAsync("() => document.getElementById('player').play()");
        await frame.WaitForFunctionAsync("() => { const p = document.getElementById('player'); return !p.paused && p.currentTime > 4.2; }");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        // The scrubber shows the frame under the pointer, cut from the signed sprite.
        var scrubber = frame.Locator(".scrubber");
        await frame.WaitForFunctionAsync("() => { const t = document.querySelector('track[data-thumbnails]').track; return t.cues && t.cues.length > 0; }");
        var box = (await scrubber.BoundingBoxAsync())!;
        await page.Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var preview = frame.Locator(".scrubber-preview");
        await Expect(preview).ToBeVisibleAsync();
        await Expect(preview).ToHaveAttributeAsync("style", new Regex(@"background-image: url\(""/media/[^""]+""\);.*background-position: -?\d+px -?\d+px"));
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(DemoAppFixture.OutputFolder, "recording-thumbnail-preview.png") });

        // Download: one MP4 named after the recording.
        var download = await page.Page.RunAndWaitForDownloadAsync(() => frame.GetByTestId("download").ClickAsync());
        Assert.Equal(DemoAppFixture.ClassTitle + ".mp4", download.SuggestedFilename);
        string saved = Path.Combine(DemoAppFixture.OutputFolder, "download.mp4");
        await download.SaveAsAsync(saved);
        Assert.True(new FileInfo(saved).Length > 10_000);
        page.AssertNoProblems();
    }

    internal static ILocator Card(IFrame frame, string title) =>
        frame.GetByTestId("recording").Filter(new() { Has = frame.Locator(".title", new() { HasTextRegex = new Regex($"^{Regex.Escape(title)}$") }) });
}
