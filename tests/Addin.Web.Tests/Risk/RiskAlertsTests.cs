using System.Text.Json;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Risk;
using Addin.Data;
using Addin.Sdk.Notifications;
using Addin.Sdk.Risk;
using Addin.Testing;
using Addin.Web.Configuration;
using Addin.Web.Risk;
using Addin.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Web.Tests.Risk;

/// <summary>
/// Students entering high risk are reported to the course's instructors, with their reasons, once; the student's parent
/// and the student are never told. On SQLite and PostgreSQL.
/// </summary>
public sealed class RiskAlertsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 9, 14, 7, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SendPending_AStudentWhoEnteredHighRisk_TellsOnlyTheInstructors_Once_WithTheReasons(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedAsync(db, enteredHigh: true);
        var notifier = new CapturingNotifier();
        var alerts = Alerts(db, notifier);

        int told = await alerts.SendPendingAsync(CancellationToken.None);
        int again = await alerts.SendPendingAsync(CancellationToken.None);

        Assert.Equal((1, 0), (told, again));
        var sent = Assert.Single(notifier.Sent);
        Assert.Equal(["teacher@school.test"], sent.Recipients);
        Assert.Equal("Addin: 1 student(s) entered high risk in \"Algebra\"", sent.Subject);
        Assert.Contains("- Ada Student: attended 1 of 4 sessions in the last 2 weeks", sent.Text, StringComparison.Ordinal);
        var record = await db.RiskAssessments.AsNoTracking().SingleAsync();
        Assert.Equal((time.GetUtcNow(), null), (record.AlertedAt, record.AlertProblem));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SendPending_ANotifierThatFails_IsTriedAgainNextRun_AndStillHighIsNotNews(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SeedAsync(db, enteredHigh: true);
        await SeedAsync(db, enteredHigh: false, existing: true);
        var notifier = new CapturingNotifier { Failure = "the SMTP server refused the connection" };

        int failed = await Alerts(db, notifier).SendPendingAsync(CancellationToken.None);
        var pending = await db.RiskAssessments.AsNoTracking().Where(a => a.EnteredHigh).SingleAsync();
        notifier.Failure = null;
        int retried = await Alerts(db, notifier).SendPendingAsync(CancellationToken.None);

        Assert.Equal((0, 1), (failed, retried));
        Assert.Null(pending.AlertedAt);
        Assert.Equal("Sending failed (tried again next run): the SMTP server refused the connection", pending.AlertProblem);
        Assert.Single(notifier.Sent);
    }

    private RiskAlerts Alerts(Core.Persistence.AddinDbContext db, INotifier notifier) =>
        new(db, new NotifierOnly(notifier), Options.Create(new AlertOptions { InstructorNotifier = "capture" }), time);

    private async Task SeedAsync(Core.Persistence.AddinDbContext db, bool enteredHigh, bool existing = false)
    {
        if (!existing)
        {
            var school = new Institution { Name = "School", Slug = "school" };
            var lms = new Platform
            {
                Institution = school, Key = "lms", Name = "LMS", Issuer = "https://lms.example", ClientId = "c",
                AuthorizationEndpoint = "https://lms.example/auth", JwksUri = "https://lms.example/jwks",
            };
            var course = new Course { Platform = lms, ContextId = "alg", Key = "alg", Title = "Algebra" };
            var teacher = new Person { Platform = lms, Subject = "teacher", Name = "Ms Lee", Email = "teacher@school.test" };
            var student = new Person { Platform = lms, Subject = "student", Name = "Ada Student", Email = "ada@school.test" };
            var parent = new Person { Platform = lms, Subject = "parent", Name = "Parent", Email = "parent@home.test" };
            db.AddRange(
                new Enrollment { Course = course, Person = teacher, Roles = CourseRoles.Instructor },
                new Enrollment { Course = course, Person = student, Roles = CourseRoles.Learner },
                new Enrollment { Course = course, Person = parent, Roles = CourseRoles.Mentor });
            await db.SaveChangesAsync();
        }

        var ada = await db.People.SingleAsync(p => p.Subject == "student");
        db.RiskAssessments.Add(new RiskAssessmentRecord
        {
            CourseId = (await db.Courses.SingleAsync()).Id,
            PersonId = ada.Id,
            ModelId = "rule-risk",
            Level = RiskLevel.High,
            Score = 0.8,
            FactorsJson = JsonSerializer.Serialize(new[] { new RiskFactor("attendance.low", "attended 1 of 4 sessions in the last 2 weeks", 0.8) }),
            WeekStart = new DateOnly(2026, 9, 7),
            AssessedAt = time.GetUtcNow(),
            EnteredHigh = enteredHigh,
        });
        await db.SaveChangesAsync();
    }
}
