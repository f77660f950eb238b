using Addin.Core.Courses;
using Addin.Core.Launches;
using Addin.Core.Risk;
using Addin.Core.Sessions;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Attendance;

/// <summary>A learner's launch during a scheduled session counts as attending it, when nothing better is known, on both databases.</summary>
public sealed class LaunchAttendanceTests
{
    private static readonly DateTimeOffset SessionStart = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 25);
    private readonly FakeTimeProvider time = new(SessionStart.AddMinutes(-20));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Launch_DuringTheSessionsWindow_CountsAsAttended_BeforeOrAfterItNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await ScheduleAsync(db, school.Algebra.Id);
        var recorder = new LaunchRecorder(db, time);

        await recorder.RecordAsync(Facts(school, "student", CourseRoles.Learner), CancellationToken.None);
        Assert.Equal(0, await db.StudentActivities.CountAsync());

        time.SetUtcNow(SessionStart.AddMinutes(-10));
        await recorder.RecordAsync(Facts(school, "student", CourseRoles.Learner), CancellationToken.None);
        time.SetUtcNow(SessionStart.AddMinutes(40));
        await recorder.RecordAsync(Facts(school, "student", CourseRoles.Learner), CancellationToken.None);
        await recorder.RecordAsync(Facts(school, "teacher", CourseRoles.Instructor), CancellationToken.None);
        time.SetUtcNow(SessionStart.AddMinutes(61));
        await recorder.RecordAsync(Facts(school, "other-student", CourseRoles.Learner), CancellationToken.None);

        var fact = await db.StudentActivities.AsNoTracking().SingleAsync();
        Assert.Equal((school.Student.PersonId, Day, ActivityKind.Attendance, 1.0, ActivitySource.Launch), (fact.PersonId, fact.Date, fact.Kind, fact.Value, fact.Source));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Launch_WhenAReportAlreadySaidTheStudentMissedIt_OrTheSessionIsSomeoneElsesTutoring_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await ScheduleAsync(db, school.Algebra.Id);
        db.StudentActivities.Add(new StudentActivity { CourseId = school.Algebra.Id, PersonId = school.Student.PersonId, Date = Day, Kind = ActivityKind.Attendance, Value = 0, Source = ActivitySource.TeamsAttendance });
        await db.SaveChangesAsync();
        time.SetUtcNow(SessionStart.AddMinutes(5));
        var recorder = new LaunchRecorder(db, time);

        await recorder.RecordAsync(Facts(school, "student", CourseRoles.Learner), CancellationToken.None);

        var fact = await db.StudentActivities.AsNoTracking().SingleAsync();
        Assert.Equal((0.0, ActivitySource.TeamsAttendance), (fact.Value, fact.Source));

        // A one-to-one session of another student: launching then is not attending it.
        var tutoring = await db.Sessions.SingleAsync(s => s.Title == "Live");
        tutoring.Participants.Add(new SessionParticipant { PersonId = school.Student.PersonId });
        await db.SaveChangesAsync();
        await recorder.RecordAsync(Facts(school, "other-student", CourseRoles.Learner), CancellationToken.None);
        Assert.Equal(1, await db.StudentActivities.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Launch_InTwoSessionsOfOneDay_CountsEachSession_AndASecondLaunchInOneStoresNothingMore(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        long morning = await ScheduleAsync(db, school.Algebra.Id);
        long afternoon = await ScheduleAsync(db, school.Algebra.Id, SessionStart.AddHours(5));
        var recorder = new LaunchRecorder(db, time);

        foreach (var minutes in new[] { 5, 30, 300 })
        {
            time.SetUtcNow(SessionStart.AddMinutes(minutes));
            await recorder.RecordAsync(Facts(school, "student", CourseRoles.Learner), CancellationToken.None);
        }

        var facts = await db.StudentActivities.AsNoTracking().OrderBy(a => a.SessionId).ToListAsync();
        Assert.Equal([(morning, Day, ActivitySource.Launch), (afternoon, Day, ActivitySource.Launch)], facts.Select(f => (f.SessionId!.Value, f.Date, f.Source)));
    }

    private static async Task<long> ScheduleAsync(Core.Persistence.AddinDbContext db, long courseId, DateTimeOffset? start = null)
    {
        var startsAt = start ?? SessionStart;
        var session = new Session { CourseId = courseId, Title = "Live", StartsAt = startsAt, EndsAt = startsAt.AddHours(1), CreatedAt = startsAt };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    private static LaunchFacts Facts(SchoolData school, string subject, CourseRoles roles) => new()
    {
        PlatformId = school.Algebra.PlatformId,
        Subject = subject,
        Name = subject,
        Roles = roles,
        Course = new LaunchCourse("alg", "Algebra", null),
    };
}
