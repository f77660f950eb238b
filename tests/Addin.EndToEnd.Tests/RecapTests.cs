using System.Globalization;
using Addin.Core.Persistence;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// The demo platform has AI processing on, so the pipeline drafted a recap of the class recording. The instructor
/// approves it from the recording page; then the student sees it, and its times seek the player. The approval cuts the
/// highlight clip of its tagged moments, which the student switches to and plays.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class RecapTests(DemoAppFixture demo)
{
    [Fact]
    public async Task Instructor_ApprovesTheDraft_ThenTheStudentSeesTheRecapAndPlaysItsHighlights()
    {
        await using var student = await demo.NewPageAsync();
        var studentFrame = await student.LaunchAsync("student");
        await studentFrame.GotoAsync(RecordingUrl(studentFrame));
        await Expect(studentFrame.Locator("video#player")).ToBeVisibleAsync();
        await Expect(studentFrame.GetByTestId("recap")).ToHaveCountAsync(0);

        await using var instructor = await demo.NewPageAsync();
        var frame = await instructor.LaunchAsync("instructor");
        var drafts = frame.GetByTestId("recap-drafts");
        await Expect(drafts).ToContainTextAsync(DemoAppFixture.ClassTitle);
        await drafts.GetByRole(AriaRole.Link, new() { Name = DemoAppFixture.ClassTitle }).ClickAsync();
        await frame.WaitForURLAsync(WatchedPage.RecordingPage());
        var recap = frame.GetByTestId("recap");
        await Expect(recap.GetByTestId("recap-status")).ToContainTextAsync("Draft");
        await Expect(recap.GetByTestId("confidence").First).ToBeVisibleAsync();
        await instructor.Page.ScreenshotAsync(new() { Path = Path.Combine(DemoAppFixture.OutputFolder, "recap-draft.png"), FullPage = true });

        await recap.GetByTestId("recap-approve").ClickAsync();

        await Expect(frame.GetByTestId("notice")).ToHaveTextAsync("Recap approved.");
        await Expect(frame.GetByTestId("recap-status")).ToContainTextAsync("Approved");
        await Expect(frame.GetByTestId("recap-history").Locator("li")).ToHaveCountAsync(2);
        instructor.AssertNoProblems();

        await studentFrame.GotoAsync(RecordingUrl(studentFrame));
        var shown = studentFrame.GetByTestId("recap");
        await Expect(shown).ToBeVisibleAsync();
        await Expect(shown.GetByTestId("recap-status")).ToHaveCountAsync(0);
        await Expect(shown.GetByTestId("confidence")).ToHaveCountAsync(0);
        await Expect(shown.GetByTestId("recap-review")).ToHaveCountAsync(0);
        await Expect(studentFrame.GetByTestId("chapters")).ToBeVisibleAsync();
        await student.Page.ScreenshotAsync(new() { Path = Path.Combine(DemoAppFixture.OutputFolder, "recap-approved-student.png"), FullPage = true });

        // A time in the recap seeks the player there.
        var seek = shown.Locator("a.seek").Last;
        double at = double.Parse((await seek.GetAttributeAsync("data-seek"))!, CultureInfo.InvariantCulture);
        await studentFrame.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
        await seek.ClickAsync();
        await studentFrame.WaitForFunctionAsync("at => Math.abs(document.getElementById('player').currentTime - at) < 0.5", at);
        student.AssertNoProblems();

        await WaitFor.ValueAsync(HighlightsKeyAsync, key => key is not null, "the highlight clip of the approved recap");
        await studentFrame.GotoAsync(RecordingUrl(studentFrame));
        await studentFrame.GetByTestId("highlights-link").ClickAsync();
        var highlights = studentFrame.GetByTestId("highlights");
        await Expect(highlights.Locator("video#player")).ToBeVisibleAsync();
        await Expect(highlights.GetByTestId("highlight-moments").Locator("li").First).ToContainTextAsync("open in the full recording at");
        await studentFrame.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
        await studentFrame.EvaluateAsync("() => document.getElementById('player').play()");
        await studentFrame.WaitForFunctionAsync("() => { const p = document.getElementById('player'); return !p.paused && p.currentTime > 0.3; }");
        await student.Page.ScreenshotAsync(new() { Path = Path.Combine(DemoAppFixture.OutputFolder, "highlights-student.png"), FullPage = true });
        student.AssertNoProblems();
    }

    private async Task<string?> HighlightsKeyAsync(CancellationToken cancellationToken)
    {
        await using var scope = demo.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Recordings.Where(r => r.Id == demo.Class.Id).Select(r => r.HighlightsKey).SingleAsync(cancellationToken);
    }

    private string RecordingUrl(IFrame frame) =>
        new Uri(demo.App.BaseUrl, $"/app/recording/{demo.Class.Id}?t={Uri.EscapeDataString(WatchedPage.TokenOf(frame))}").ToString();
}
