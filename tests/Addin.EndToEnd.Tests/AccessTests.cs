using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>Who sees which recording, launched from the demo LMS in the browser: the access policy as people meet it.</summary>
[Collection(DemoAppCollection.Name)]
public sealed partial class AccessTests(DemoAppFixture demo)
{
    private static readonly string[] Seeded = [DemoAppFixture.TutoringTitle, DemoAppFixture.ClassTitle];

    [Fact]
    public async Task OtherStudent_SeesTheClassRecordingOnly_AndTheTutoringUrlIsNotFound()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("student2");

        await Expect(frame.GetByTestId("viewer")).ToHaveTextAsync("Alex Kim · Student");
        await Expect(PlayerTests.Card(frame, DemoAppFixture.ClassTitle)).ToHaveCountAsync(1);
        Assert.Equal([DemoAppFixture.ClassTitle], await SeededTitlesAsync(frame));
        Assert.DoesNotContain("tutoring", await frame.ContentAsync(), StringComparison.OrdinalIgnoreCase);

        string token = WatchedPage.TokenOf(frame);
        var response = await frame.GotoAsync(new Uri(demo.App.BaseUrl, $"/app/recording/{demo.Tutoring.Id}?t={Uri.EscapeDataString(token)}").ToString());

        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        await Expect(frame.Locator("h1")).ToHaveTextAsync("No such recording");
        await Expect(frame.Locator("video, audio")).ToHaveCountAsync(0);
        Assert.DoesNotContain(DemoAppFixture.TutoringTitle, await frame.ContentAsync(), StringComparison.Ordinal);
        page.AssertNoProblems(NotFoundResource());
    }

    [Fact]
    public async Task Parent_SeesTheClassAndTheirChildsTutoring()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("parent");

        await Expect(frame.GetByTestId("viewer")).ToHaveTextAsync("Jordan Lee · Parent / mentor");
        await Expect(PlayerTests.Card(frame, DemoAppFixture.TutoringTitle)).ToHaveCountAsync(1);
        Assert.Equal(Seeded, await SeededTitlesAsync(frame));
        await Expect(frame.Locator("form:not([role=search])")).ToHaveCountAsync(0); // search only, no upload

        await PlayerTests.Card(frame, DemoAppFixture.TutoringTitle).Locator("a").ClickAsync();
        await frame.WaitForURLAsync(WatchedPage.RecordingPage());
        await frame.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
        await Expect(frame.GetByTestId("events")).ToHaveCountAsync(0);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Outsider_SeesBiologyWithNoRecordings()
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("outsider");

        await Expect(frame.GetByTestId("viewer")).ToHaveTextAsync("Bo Chen · Student");
        await Expect(frame.Locator("h1")).ToContainTextAsync("Biology");
        await Expect(frame.GetByTestId("no-recordings")).ToBeVisibleAsync();
        await Expect(frame.GetByTestId("recording")).ToHaveCountAsync(0);
        page.AssertNoProblems();
    }

    /// <summary>The seeded titles the course page lists, in its order (a recording uploaded by another test is left out).</summary>
    private static async Task<string[]> SeededTitlesAsync(IFrame frame) =>
        (await frame.Locator("[data-testid=recording] .title").AllTextContentsAsync()).Where(Seeded.Contains).ToArray();

    [GeneratedRegex(@"status of 404 \(Not Found\) \(http://127\.0\.0\.1:\d+/app/recording/")]
    private static partial Regex NotFoundResource();
}
