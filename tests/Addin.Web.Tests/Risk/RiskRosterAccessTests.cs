using System.Text.Json;
using System.Text.RegularExpressions;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Sdk.Risk;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Risk;

/// <summary>
/// The role matrix of the risk roster on the course page, through real demo launches: the instructor sees Sam's level and
/// reasons; Sam, Sam's parent, another student and a student of another course see nothing of it.
/// </summary>
public sealed class RiskRosterAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Reason = "attended 1 of 4 sessions in the last 2 weeks";

    [Fact]
    public async Task CoursePage_ShowsTheRiskRosterToTheInstructorOnly()
    {
        using var browser = fixture.App.CreateBrowser();
        var instructor = await browser.LaunchAsync("instructor");
        var student = await browser.LaunchAsync("student");
        var parent = await browser.LaunchAsync("parent");
        var classmate = await browser.LaunchAsync("student2");
        var outsider = await browser.LaunchAsync("outsider");
        await AssessSamAsync();

        string teacherPage = await PageAsync(browser, instructor.Location);
        Assert.Contains("data-testid=\"risk-roster\"", teacherPage, StringComparison.Ordinal);
        Assert.Contains(Reason, teacherPage, StringComparison.Ordinal);
        foreach (var who in new[] { student, parent, classmate, outsider })
        {
            string page = await PageAsync(browser, who.Location);
            Assert.DoesNotContain("risk-roster", page, StringComparison.Ordinal);
            Assert.DoesNotContain(Reason, page, StringComparison.Ordinal);
        }

        // The instructor's page address with the outsider's token shows them nothing of Algebra.
        string forged = Regex.Replace(instructor.Location, "t=[^&]+", "t=" + Uri.EscapeDataString(outsider.Token));
        Assert.DoesNotContain(Reason, await PageAsync(browser, forged), StringComparison.Ordinal);
    }

    private async Task AssessSamAsync()
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<AddinDbContext>>().CreateDbContextAsync();
        var sam = await db.People.SingleAsync(p => p.Subject == "demo-student-sam");
        var algebra = await db.Enrollments.Where(e => e.PersonId == sam.Id).Select(e => e.CourseId).FirstAsync();
        db.RiskAssessments.Add(new RiskAssessmentRecord
        {
            CourseId = algebra,
            PersonId = sam.Id,
            ModelId = "rule-risk",
            Level = RiskLevel.High,
            Score = 0.8,
            FactorsJson = JsonSerializer.Serialize(new[] { new RiskFactor("attendance.low", Reason, 0.8) }),
            WeekStart = new DateOnly(2026, 9, 7),
            AssessedAt = DateTimeOffset.UnixEpoch,
            EnteredHigh = true,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<string> PageAsync(DemoBrowser browser, string url)
    {
        using var response = await browser.GetAsync(url);
        return await response.Content.ReadAsStringAsync();
    }
}
