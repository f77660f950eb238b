using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Core.Sessions;
using Addin.Data;
using Addin.Testing;
using Addin.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Cli;

/// <summary><c>./addin import attendance</c> with Microsoft Graph's own attendance report on a real database, and clear answers to bad input.</summary>
public sealed class AttendanceCommandTests : IDisposable
{
    private readonly TempDirectory data = new("addin-cli-attendance");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task Import_TheGraphReport_StoresEachStudentsAttendance_AndListsWhomItCouldNotPlace()
    {
        using var output = new StringWriter();
        await AddPlatformAsync(output);
        long sessionId = await SeedAsync();
        string list = RepoPaths.Fixture("graph", "attendancerecord-list.response.json");

        int exit = await Run(output, "import", "attendance", list, "--course", "ctx-alg", "--session", sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        string text = output.ToString();
        Assert.Equal(1, exit);
        Assert.Contains($"Session {sessionId} 'Algebra live' on 2026-09-15 09:00 UTC, scheduled 10 min; attending is at least 50", text, StringComparison.Ordinal);
        Assert.Contains("✓ Frederick Cormier: 5.4 min, attended", text, StringComparison.Ordinal);
        Assert.Contains("✗ Sam Lee: 0 min, missed", text, StringComparison.Ordinal);
        Assert.Contains("? Lisa Adkins <lisa.adkins@contoso.com> (5.2 min): nobody on the course's roster has this email, or exactly this name; not stored.", text, StringComparison.Ordinal);
        Assert.Contains("Stored the attendance of 2 students (1 attended).", text, StringComparison.Ordinal);
        await using var db = Database();
        Assert.Equal([0.0, 1.0], await db.StudentActivities.Where(a => a.Source == ActivitySource.TeamsAttendance).OrderBy(a => a.Value).Select(a => a.Value).ToListAsync());
    }

    [Fact]
    public async Task Import_BadInput_ExitsNonZeroSayingWhatToDo_AndStoresNothing()
    {
        using var output = new StringWriter();
        await AddPlatformAsync(output);
        await SeedAsync();
        string report = RepoPaths.Fixture("graph", "meetingattendancereport-get-expand-attendanceRecords.response.json");
        string notJson = data.Combine("report.json");
        await File.WriteAllTextAsync(notJson, "Name,Email\nSam,sam@school.example\n");

        int noCourse = await Run(output, "import", "attendance", report);
        int badSession = await Run(output, "import", "attendance", report, "--course", "ctx-alg", "--session", "week-3");
        int missing = await Run(output, "import", "attendance", data.Combine("nope.json"), "--course", "ctx-alg");
        int garbage = await Run(output, "import", "attendance", notJson, "--course", "ctx-alg");
        int unknownCourse = await Run(output, "import", "attendance", report, "--course", "ctx-nope");
        int noSession = await Run(output, "import", "attendance", report, "--course", "ctx-alg");

        Assert.Equal((2, 2, 1, 1, 1, 1), (noCourse, badSession, missing, garbage, unknownCourse, noSession));
        string text = output.ToString();
        Assert.Contains("Name the course with --course, its LMS id (the LTI context id): ./addin import attendance report.json --course <LTI context id> [--session ID]", text, StringComparison.Ordinal);
        Assert.Contains("--session 'week-3' is not a session id", text, StringComparison.Ordinal);
        Assert.Contains("nope.json does not exist.", text, StringComparison.Ordinal);
        Assert.Contains("report.json: it is not JSON (line 1)", text, StringComparison.Ordinal);
        Assert.Contains("'lms' has no course with the LMS id 'ctx-nope'.", text, StringComparison.Ordinal);
        Assert.Contains("No scheduled session of the course starts within 30 minutes of the meeting (2021-10-05 04:38 UTC). Schedule it first, or name the session with --session ID. Nothing was imported.", text, StringComparison.Ordinal);
        await using var db = Database();
        Assert.Equal(0, await db.StudentActivities.CountAsync());
    }

    private async Task AddPlatformAsync(TextWriter output) =>
        Assert.Equal(0, await Run(output, "platforms", "add", "--key", "lms", "--name", "LMS", "--institution", "School", "--issuer", "https://lms.example",
            "--client-id", "c1", "--auth-url", "https://lms.example/auth", "--jwks-url", "https://lms.example/jwks", "--deployment", "d1"));

    /// <summary>A course as launches would have left it: two students (one known by email), and a 10-minute session.</summary>
    private async Task<long> SeedAsync()
    {
        await using var db = Database();
        long platformId = await db.Platforms.Select(p => p.Id).SingleAsync();
        var course = new Course { PlatformId = platformId, ContextId = "ctx-alg", Key = "alg", Title = "Algebra" };
        var frederick = new Person { PlatformId = platformId, Subject = "s-fred", Name = "Frederick Cormier", Email = "frederick.cormier@contoso.com" };
        var sam = new Person { PlatformId = platformId, Subject = "s-sam", Name = "Sam Lee" };
        db.AddRange(course, frederick, sam);
        await db.SaveChangesAsync();
        var start = new DateTimeOffset(2026, 9, 15, 9, 0, 0, TimeSpan.Zero);
        var session = new Session { CourseId = course.Id, Title = "Algebra live", StartsAt = start, EndsAt = start.AddMinutes(10), CreatedAt = start };
        db.AddRange(
            new Enrollment { CourseId = course.Id, PersonId = frederick.Id, Roles = CourseRoles.Learner },
            new Enrollment { CourseId = course.Id, PersonId = sam.Id, Roles = CourseRoles.Learner },
            session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    private AddinDbContext Database() =>
        new ServiceCollection().AddAddinDatabase(DatabaseProvider.Sqlite, DataServiceCollectionExtensions.DefaultSqliteConnectionString(data.Path))
            .BuildServiceProvider().GetRequiredService<IDbContextFactory<AddinDbContext>>().CreateDbContext();

    private Task<int> Run(TextWriter output, params string[] args) =>
        CliApp.RunAsync([.. args, "--Addin:DataDirectory", data.Path, "--Addin:Plugins:Directory", RepoPaths.Plugins, "--Addin:EnableDemo", "false"], output);
}
