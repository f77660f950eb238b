using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>In the browser: the instructor schedules a weekly session on the course page and opens its (not yet written) brief.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class ScheduleTests(DemoAppFixture demo)
{
    [Fact]
    public async Task Instructor_SchedulesAWeeklySession_SeesItUpcoming_AndOpensItsBriefPage()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("instructor");
        string title = "E2E weekly " + Guid.NewGuid().ToString("N")[..6];

        var form = frame.GetByTestId("schedule-form");
        await form.GetByLabel("Title").FillAsync(title);
        await form.GetByLabel("Starts (local time)").FillAsync("2099-01-05T17:00");
        await form.GetByLabel("Minutes").FillAsync("45");
        await form.GetByLabel("Time zone").FillAsync("Europe/London");
        await form.GetByLabel("Repeats").FillAsync("weekly:MO,WE;count=3");
        await form.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();

        await Expect(frame.Locator("p.notice")).ToContainTextAsync($"Scheduled 3 session(s) of \"{title}\".");
        var upcoming = frame.GetByTestId("upcoming-sessions").Locator("li", new() { HasText = title });
        await Expect(upcoming).ToHaveCountAsync(3);
        await upcoming.First.GetByTestId("brief-link").ClickAsync();

        await Expect(frame.GetByTestId("brief-pending")).ToContainTextAsync("No brief yet: it is written before the session, at");
        page.AssertNoProblems();
    }
}
