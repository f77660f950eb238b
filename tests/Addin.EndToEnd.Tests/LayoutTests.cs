using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>The recording page on a laptop and on a phone: screenshots for people, bounding boxes for the test.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class LayoutTests(DemoAppFixture demo, ITestOutputHelper output)
{
    [Fact]
    public async Task RecordingPage_TranscriptBesideThePlayer_OnALaptop_AndBelowIt_OnAPhone()
    {
        await using var page = await demo.NewPageAsync(1280, 800);
        var frame = await page.LaunchAsync("instructor");
        await page.Page.ScreenshotAsync(new() { Path = Shot("demo-lms-course-1280x800.png") });
        output.WriteLine($"screenshot: {Shot("demo-lms-course-1280x800.png")}");

        // The recording page on its own, as a phone or a narrow LMS frame shows it.
        string token = WatchedPage.TokenOf(frame);
        await page.Page.GotoAsync($"/app/recording/{demo.Class.Id}?t={Uri.EscapeDataString(token)}");
        await page.Page.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
        var player = page.Page.Locator("video#player");
        var transcript = page.Page.Locator("section.transcript");

        var (wide, wideTranscript) = (await BoxAsync(player), await BoxAsync(transcript));
        await ShootAsync(page.Page, "recording-1280x800.png");
        Assert.True(wideTranscript.X >= wide.X + wide.Width, $"On a laptop the transcript ({wideTranscript}) should be right of the player ({wide}).");
        Assert.True(wideTranscript.Y < wide.Y + wide.Height, $"On a laptop the transcript ({wideTranscript}) should sit beside the player ({wide}).");

        await page.Page.SetViewportSizeAsync(375, 740);
        await Expect(transcript).ToBeVisibleAsync();
        var (narrow, narrowTranscript) = (await BoxAsync(player), await BoxAsync(transcript));
        await ShootAsync(page.Page, "recording-375x740.png");
        Assert.True(narrowTranscript.Y >= narrow.Y + narrow.Height, $"On a phone the transcript ({narrowTranscript}) should be below the player ({narrow}).");
        Assert.InRange(narrow.Width, 300, 375);
        Assert.InRange(narrowTranscript.Width, 300, 375);
        int overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"On a phone the page scrolls sideways by {overflow} px.");

        // Following playback scrolls the transcript panel to the line being spoken, never the page, even where the panel
        // runs below the fold (a 667 px high phone): the video stays in sight.
        await page.Page.SetViewportSizeAsync(375, 667);
        await page.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        Assert.True((await BoxAsync(transcript)) is var below && below.Y + below.Height > 667, $"The transcript ({below}) should run below the fold for this check.");
        await page.Page.EvaluateAsync("""
            () => {
              const lines = document.querySelectorAll('.transcript button.line');
              const player = document.getElementById('player');
              player.currentTime = parseFloat(lines[lines.length - 1].dataset.start) + 0.1;
              return player.play();
            }
            """);
        await Expect(page.Page.Locator(".transcript button.line").Last).ToHaveAttributeAsync("aria-current", "true");
        Assert.Equal(0, await page.Page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.True(await page.Page.EvaluateAsync<double>("() => document.querySelector('.transcript').scrollTop") > 0, "The transcript panel should have scrolled to the last line.");
        var panel = await BoxAsync(transcript);
        var last = await BoxAsync(page.Page.Locator(".transcript button.line").Last);
        Assert.True(last.Y >= panel.Y && last.Y + last.Height <= panel.Y + panel.Height + 1, $"The line being spoken ({last}) should be inside the transcript panel ({panel}).");
        page.AssertNoProblems();
    }

    private async Task ShootAsync(IPage page, string name)
    {
        string path = Shot(name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    private static string Shot(string name)
    {
        Directory.CreateDirectory(DemoAppFixture.OutputFolder);
        return Path.Combine(DemoAppFixture.OutputFolder, name);
    }

    private static async Task<Box> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() is { } b ? new Box(b.X, b.Y, b.Width, b.Height) : throw new InvalidOperationException($"{locator} is not visible.");

    private sealed record Box(float X, float Y, float Width, float Height)
    {
        public override string ToString() => $"x {X:0}, y {Y:0}, {Width:0}×{Height:0}";
    }
}
