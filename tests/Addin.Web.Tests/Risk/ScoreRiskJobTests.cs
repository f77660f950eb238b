using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Data;
using Addin.Sdk.Risk;
using Addin.Testing;
using Addin.Web.Risk;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Risk;

/// <summary>
/// The recurring risk scoring in the running host, on SQLite and PostgreSQL: it is on the job engine's schedule as
/// configured, scores the demo course with the platform's model (rule-risk), raises the alert of a student entering high
/// risk, and a second run on the same day stores nothing.
/// </summary>
public sealed class ScoreRiskJobTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Run_TwiceOnOneDay_ScoresOnce_AndAlertsOnEntryOnly(DatabaseProvider provider)
    {
        await using var app = await AddinApp.StartAsync(provider, new Dictionary<string, string?> { ["Addin:Risk:ScoreSchedule"] = "30 6 * * 1-5" });
        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var scheduled = Assert.Single(connection.GetRecurringJobs(), j => j.Id == ScoreRiskJob.RecurringJobId);
            Assert.Equal("30 6 * * 1-5", scheduled.Cron);
        }

        using (var browser = app.CreateBrowser())
        {
            await browser.LaunchAsync("student");
            await browser.LaunchAsync("student2");
        }

        var (sam, alex) = await SeedAttendanceAsync(app);
        await RunJobAsync(app);
        await RunJobAsync(app);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var assessed = await db.RiskAssessments.AsNoTracking().Where(a => a.PersonId == sam || a.PersonId == alex).ToListAsync();
        var samAssessment = Assert.Single(assessed, a => a.PersonId == sam);
        var alexAssessment = Assert.Single(assessed, a => a.PersonId == alex);
        Assert.Equal(("rule-risk", RiskLevel.High, true), (samAssessment.ModelId, samAssessment.Level, samAssessment.EnteredHigh));
        Assert.NotNull(samAssessment.AlertedAt);
        Assert.Equal((RiskLevel.Low, false), (alexAssessment.Level, alexAssessment.EnteredHigh));
    }

    private static async Task RunJobAsync(AddinApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScoreRiskJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>Sam missed the last three sessions of Algebra, Alex attended them.</summary>
    private static async Task<(long Sam, long Alex)> SeedAttendanceAsync(AddinApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var course = await db.Courses.SingleAsync(c => c.Key == "alg-101");
        long sam = await db.People.Where(p => p.Subject == "demo-student-sam").Select(p => p.Id).SingleAsync();
        long alex = await db.People.Where(p => p.Subject == "demo-student-alex").Select(p => p.Id).SingleAsync();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        foreach (int daysAgo in new[] { 1, 3, 5 })
        {
            db.StudentActivities.Add(new StudentActivity { CourseId = course.Id, PersonId = sam, Date = today.AddDays(-daysAgo), Kind = ActivityKind.Attendance, Value = 0 });
            db.StudentActivities.Add(new StudentActivity { CourseId = course.Id, PersonId = alex, Date = today.AddDays(-daysAgo), Kind = ActivityKind.Attendance, Value = 1 });
        }

        await db.SaveChangesAsync();
        return (sam, alex);
    }
}
