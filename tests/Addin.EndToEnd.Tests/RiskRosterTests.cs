using System.Text.Json;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Sdk.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// The risk roster in Chromium, as an instructor uses it: open the course page, acknowledge a student at high risk, add
/// an intervention note, and find both still there after a reload (they were stored, not just shown).
/// </summary>
public sealed class RiskRosterTests(AppInChromiumFixture demo) : IClassFixture<AppInChromiumFixture>
{
    [Fact]
    public async Task Instructor_AcknowledgesAStudentAndAddsANote_BothStillShownAfterReload()
    {
        long courseId = await AssessSamAsync();

        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("instructor");
        await page.Page.GotoAsync($"/app/course/{courseId}?t={Uri.EscapeDataString(WatchedPage.TokenOf(frame))}");
        var sam = page.Page.GetByTestId("risk-row").Filter(new() { HasText = "Sam Lee" });
        await Expect(sam).ToHaveAttributeAsync("data-level", "High");

        await sam.GetByTestId("risk-acknowledge").ClickAsync();
        sam = page.Page.GetByTestId("risk-row").Filter(new() { HasText = "Sam Lee" });
        await Expect(sam.GetByTestId("risk-acknowledged")).ToContainTextAsync("Acknowledged by Ana Rivera");
        await sam.GetByTestId("risk-note-text").FillAsync("Called Sam's family; extra session on Thursday.");
        await sam.GetByTestId("risk-note-add").ClickAsync();
        await Expect(page.Page.GetByTestId("risk-row").Filter(new() { HasText = "Sam Lee" }).GetByTestId("risk-notes")).ToBeAttachedAsync();

        await page.Page.ReloadAsync();
        sam = page.Page.GetByTestId("risk-row").Filter(new() { HasText = "Sam Lee" });
        await Expect(sam.GetByTestId("risk-acknowledged")).ToContainTextAsync("Acknowledged by Ana Rivera");
        await sam.GetByTestId("risk-notes").Locator("summary").ClickAsync();
        await Expect(sam.GetByTestId("risk-note")).ToContainTextAsync("Ana Rivera: Called Sam's family; extra session on Thursday.");
        await Expect(sam.GetByTestId("risk-last-contact")).ToContainTextAsync("note by Ana Rivera");
        page.AssertNoProblems();
    }

    private async Task<long> AssessSamAsync()
    {
        // Sam launches once, so Addin knows him.
        using (var browser = demo.App.CreateBrowser())
        {
            await browser.LaunchAsync("student");
        }

        await using var scope = demo.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        long courseId = await db.Courses.Where(c => c.Key == "alg-101").Select(c => c.Id).SingleAsync();
        db.RiskAssessments.Add(new RiskAssessmentRecord
        {
            CourseId = courseId,
            PersonId = await db.People.Where(p => p.Subject == "demo-student-sam").Select(p => p.Id).SingleAsync(),
            ModelId = "rule-risk",
            Level = RiskLevel.High,
            Score = 0.8,
            FactorsJson = JsonSerializer.Serialize(new[] { new RiskFactor("attendance.low", "attended 1 of 4 sessions in the last 2 weeks", 0.8) }),
            WeekStart = new DateOnly(2026, 9, 7),
            AssessedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return courseId;
    }
}
