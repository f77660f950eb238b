using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>"Add Addin content" in the demo LMS, clicked through in the browser: pick, place, open as a student.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class DeepLinkingTests(DemoAppFixture demo)
{
    [Fact]
    public async Task Instructor_AddsTheClassRecording_AndAStudentOpensThePlacedLink()
    {
        await using var page = await demo.NewPageAsync();
        await page.Page.GotoAsync("/demo");
        await page.Page.GetByTestId("deep-link-instructor").ClickAsync();
        var frame = page.LtiFrame;
        await frame.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/app/deep-link\\?"));
        await Expect(frame.Locator("h1")).ToHaveTextAsync("Add Addin content to Algebra 1");

        // The picker posts back; Addin's auto-posting form (allowed by its CSP hash) carries the answer to the LMS.
        await frame.Locator($"input[name=item][value='recording:{demo.Class.Id}']").CheckAsync();
        await frame.GetByTestId("place").ClickAsync();
        await frame.WaitForURLAsync("**/demo/platform/deep-link-return?**");
        await Expect(frame.Locator("h1")).ToHaveTextAsync("Added to Algebra 1");
        await Expect(frame.GetByTestId("tool-message")).ToHaveTextAsync("Addin says: Added 1 item from Addin.");

        // Back in the LMS, the course lists the placed link; a student opening it lands on the recording.
        await page.Page.GotoAsync("/demo");
        var placed = page.Page.Locator("[data-testid=placed-links] li", new() { HasText = DemoAppFixture.ClassTitle }).First;
        await placed.Locator("a[data-testid$='-student']").ClickAsync();
        frame = page.LtiFrame;
        await frame.WaitForURLAsync(WatchedPage.RecordingPage());
        await Expect(frame.Locator("h1")).ToHaveTextAsync(DemoAppFixture.ClassTitle);
        await Expect(frame.GetByTestId("viewer")).ToHaveTextAsync("Sam Lee · Student");

        page.AssertNoProblems();
    }
}
