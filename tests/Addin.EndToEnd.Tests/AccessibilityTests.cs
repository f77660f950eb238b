using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Addin.EndToEnd.Tests;

/// <summary>axe-core finds no WCAG 2.1 A or AA violation on the recording page (as an instructor and as a student) and the course page.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class AccessibilityTests(DemoAppFixture demo, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("instructor")]
    [InlineData("student")]
    public async Task RecordingPage_HasNoWcag21AAViolations(string persona)
    {
        await using var page = await demo.NewPageAsync();
        string token = WatchedPage.TokenOf(await page.LaunchAsync(persona));

        await page.Page.GotoAsync($"/app/recording/{demo.Class.Id}?t={Uri.EscapeDataString(token)}#t=2");
        await page.Page.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
        await page.Page.GetByText("Keyboard shortcuts").ClickAsync();

        await AssertNoViolationsAsync(page.Page);
    }

    [Theory]
    [InlineData("instructor")]
    [InlineData("student")]
    public async Task CoursePage_HasNoWcag21AAViolations(string persona)
    {
        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync(persona);

        await page.Page.GotoAsync(frame.Url);

        await AssertNoViolationsAsync(page.Page);
    }

    private async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var found = result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target} {n.Html}"))
            .ToList();
        found.ForEach(output.WriteLine);
        Assert.True(found.Count == 0, "axe found:\n" + string.Join('\n', found));
        Assert.NotEmpty(result.Passes);
    }
}
