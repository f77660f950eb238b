using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>Sam searches the course for a moment, opens it, and searches inside the recording.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class SearchTests(DemoAppFixture demo)
{
    [Fact]
    public async Task Student_FindsAMomentAcrossSessions_ThenSearchesInsideTheRecording()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("student");

        // Across sessions: stemmed ("denominators" finds "denominator"), ranked, each result a link to its second.
        await frame.GetByLabel("Search what was said in this course's recordings").FillAsync("denominators");
        await frame.GetByLabel("Search what was said in this course's recordings").PressAsync("Enter");
        var hits = frame.GetByTestId("search-hit");
        await Expect(hits).ToHaveCountAsync(3);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(DemoAppFixture.OutputFolder, "course-search-1280x800.png") });
        await Expect(hits.First.Locator("mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^denominators?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Expect(frame.GetByTestId("search-summary")).ToContainTextAsync("3 moments in 1 recording");
        var last = hits.Last.Locator("a");
        double at = double.Parse((await last.GetAttributeAsync("href"))!.Split("#t=")[1], CultureInfo.InvariantCulture);
        Assert.True(at > 2, $"the moment at {at} s is too early to tell a seek from the start");
        await last.ClickAsync();
        await frame.WaitForURLAsync(WatchedPage.RecordingPage());
        await Expect(frame.Locator("h1")).ToHaveTextAsync(DemoAppFixture.TutoringTitle);
        await frame.WaitForFunctionAsync("at => { const p = document.getElementById('player'); return p.readyState >= 1 && Math.abs(p.currentTime - at) < 0.5; }", at);

        // Inside the recording: typing highlights the lines and marks the timeline.
        var box = frame.GetByLabel("Search the transcript");
        await box.FillAsync("common denominator");
        await Expect(frame.Locator(".transcript .text mark")).ToHaveCountAsync(4);
        var matching = frame.Locator(".transcript button.line:has(mark)");
        await Expect(matching).ToHaveCountAsync(2);
        var marks = frame.GetByTestId("timeline").Locator(".timeline-mark");
        await Expect(marks).ToHaveCountAsync(2);
        await Expect(frame.GetByTestId("transcript-search-status")).ToHaveTextAsync("2 matching lines");
        await Expect(marks.First).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex(@"^left: [1-9]\d*(\.\d+)?%;$"));
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(DemoAppFixture.OutputFolder, "recording-search-1280x800.png") });

        // Enter goes to the first match; a timeline mark seeks to its line.
        double first = double.Parse((await matching.First.GetAttributeAsync("data-start"))!, CultureInfo.InvariantCulture);
        double second = double.Parse((await matching.Last.GetAttributeAsync("data-start"))!, CultureInfo.InvariantCulture);
        await box.PressAsync("Enter");
        await frame.WaitForFunctionAsync("t => Math.abs(document.getElementById('player').currentTime - t) < 0.3", first);
        await Expect(frame.GetByTestId("transcript-search-status")).ToHaveTextAsync("Match 1 of 2");
        await marks.Last.ClickAsync();
        await frame.WaitForFunctionAsync("t => Math.abs(document.getElementById('player').currentTime - t) < 0.3", second);
        await Expect(matching.Last).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("current-match"));
        await Expect(marks.Last).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Match 2 of 2, at 0:\\d\\d$"));

        // Escape clears the highlights and the marks.
        await box.PressAsync("Escape");
        await Expect(frame.Locator(".transcript mark")).ToHaveCountAsync(0);
        await Expect(marks).ToHaveCountAsync(0);
        page.AssertNoProblems();
    }
}
