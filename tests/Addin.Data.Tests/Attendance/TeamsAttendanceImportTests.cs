using Addin.Core.Attendance;
using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Core.Sessions;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Attendance;

/// <summary>Microsoft Graph's own attendance report examples, stored as the attendance of a scheduled session, on both databases.</summary>
public sealed class TeamsAttendanceImportTests
{
    private static readonly DateTimeOffset MeetingStart = new(2021, 10, 5, 4, 38, 23, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2021, 10, 6, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_TheExpandedReport_FindsTheSessionByItsStart_MarksAttendeesAndAbsentStudents_ReplacingALaunch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var frederick = await EnrollAsync(db, school, "fred", "Someone Else", "Frederick.Cormier@contoso.com", CourseRoles.Learner);
        var session = await ScheduleAsync(db, school, MeetingStart.AddMinutes(-8), TimeSpan.FromMinutes(30));
        db.StudentActivities.Add(new StudentActivity { CourseId = school.Algebra.Id, PersonId = school.Student.PersonId, Date = new DateOnly(2021, 10, 5), SessionId = session, Kind = ActivityKind.Attendance, Value = 1, Source = ActivitySource.Launch });
        await db.SaveChangesAsync();

        var imported = await new TeamsAttendanceImporter(db, time).ImportAsync(school.Algebra.Id, null, Report("meetingattendancereport-get-expand-attendanceRecords.response.json"), CancellationToken.None);

        Assert.Equal((session, TimeSpan.FromMinutes(30)), (imported.SessionId, imported.Scheduled));
        Assert.Empty(imported.Unmatched);
        // 1152 s of a 30-minute session: more than half.
        Assert.Equal(
            [("Someone Else", 1152.0, true), ("other-student", 0.0, false), ("student", 0.0, false)],
            imported.Students.Select(s => (s.Name, s.Attended.TotalSeconds, s.Present)).OrderBy(s => s.Item1, StringComparer.Ordinal));
        var facts = await db.StudentActivities.AsNoTracking().Where(a => a.CourseId == school.Algebra.Id).ToListAsync();
        Assert.All(facts, f => Assert.Equal((ActivityKind.Attendance, new DateOnly(2021, 10, 5), session, ActivitySource.TeamsAttendance), (f.Kind, f.Date, f.SessionId, f.Source)));
        // The minutes are kept: seconds in the meeting against the session's 30 scheduled minutes.
        Assert.Equal([(frederick, 1.0, 1152, 1800), (school.Student.PersonId, 0.0, 0, 1800), (school.OtherStudent.PersonId, 0.0, 0, 1800)],
            facts.OrderBy(f => f.PersonId == frederick ? 0 : f.PersonId == school.Student.PersonId ? 1 : 2).Select(f => (f.PersonId, f.Value, f.SecondsAttended!.Value, f.SecondsScheduled!.Value)));

        // The same report again stores nothing twice.
        await new TeamsAttendanceImporter(db, time).ImportAsync(school.Algebra.Id, null, Report("meetingattendancereport-get-expand-attendanceRecords.response.json"), CancellationToken.None);
        Assert.Equal(3, await db.StudentActivities.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_TheRecordList_ForANamedSession_MatchesByNameWithoutEmail_ReportsTheUnknownAndTheTeacher(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var frederick = await EnrollAsync(db, school, "fred", " frederick CORMIER", null, CourseRoles.Learner);
        await EnrollAsync(db, school, "lisa", "Lisa A.", "lisa.adkins@contoso.com", CourseRoles.Instructor);
        var session = await ScheduleAsync(db, school, new DateTimeOffset(2026, 9, 15, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(10));
        var list = Report("attendancerecord-list.response.json");
        var importer = new TeamsAttendanceImporter(db, time);

        var withoutSession = await Assert.ThrowsAsync<AttendanceImportException>(() => importer.ImportAsync(school.Algebra.Id, null, list, CancellationToken.None));
        var unknownSession = await Assert.ThrowsAsync<AttendanceImportException>(() => importer.ImportAsync(school.Algebra.Id, school.BiologyRecording.SessionId, list, CancellationToken.None));
        Assert.Equal("The report has no meeting times (it is a list of attendance records): name the session it is about with --session ID.", withoutSession.Message);
        Assert.StartsWith($"The course has no scheduled session {school.BiologyRecording.SessionId}.", unknownSession.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.StudentActivities.CountAsync());

        var imported = await importer.ImportAsync(school.Algebra.Id, session, list, CancellationToken.None);

        // Lisa is the course's instructor, found by her email: not a student, not stored.
        Assert.Equal(["Lisa Adkins <lisa.adkins@contoso.com>"], imported.NotStudents.Select(a => a.Label));
        Assert.Empty(imported.Unmatched);
        var fred = imported.Students.Single(s => s.PersonId == frederick);
        Assert.Equal((322.0, true), (fred.Attended.TotalSeconds, fred.Present));
        Assert.Equal(1.0, await db.StudentActivities.Where(a => a.PersonId == frederick).Select(a => a.Value).SingleAsync());
        Assert.Equal(new DateOnly(2026, 9, 15), await db.StudentActivities.Where(a => a.PersonId == frederick).Select(a => a.Date).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_AttendeesNobodyOrSeveralPeopleMatch_AreReportedNotGuessed_AndNoSessionNearTheMeetingStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await EnrollAsync(db, school, "fred-1", "Frederick Cormier", null, CourseRoles.Learner);
        await EnrollAsync(db, school, "fred-2", "Frederick Cormier", null, CourseRoles.Learner);
        var report = Report("meetingattendancereport-get-expand-attendanceRecords.response.json");
        var importer = new TeamsAttendanceImporter(db, time);

        var far = await Assert.ThrowsAsync<AttendanceImportException>(() => importer.ImportAsync(school.Algebra.Id, null, report, CancellationToken.None));
        Assert.Equal("No scheduled session of the course starts within 30 minutes of the meeting (2021-10-05 04:38 UTC). Schedule it first, or name the session with --session ID.", far.Message);

        await ScheduleAsync(db, school, MeetingStart.AddMinutes(20), TimeSpan.FromHours(1));
        var imported = await importer.ImportAsync(school.Algebra.Id, null, report, CancellationToken.None);

        Assert.Equal(["Frederick Cormier <frederick.cormier@contoso.com>"], imported.Unmatched.Select(a => a.Label));
        Assert.All(imported.Students, s => Assert.False(s.Present));
        Assert.Equal(4, await db.StudentActivities.CountAsync(a => a.Value == 0));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_TwoSessionsOnOneDay_KeepsEachSessionsAttendanceAndMinutes_AndTheSignalsCountTheShareAttended(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var frederick = await EnrollAsync(db, school, "fred", "Frederick Cormier", "frederick.cormier@contoso.com", CourseRoles.Learner);
        var morning = await ScheduleAsync(db, school, MeetingStart.AddMinutes(-8), TimeSpan.FromMinutes(30));
        var afternoon = await ScheduleAsync(db, school, new DateTimeOffset(2021, 10, 5, 14, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(10));
        var importer = new TeamsAttendanceImporter(db, time);

        await importer.ImportAsync(school.Algebra.Id, null, Report("meetingattendancereport-get-expand-attendanceRecords.response.json"), CancellationToken.None);
        await importer.ImportAsync(school.Algebra.Id, afternoon, Report("attendancerecord-list.response.json"), CancellationToken.None);
        // The morning's report again: the afternoon's attendance stays as it was.
        await importer.ImportAsync(school.Algebra.Id, morning, Report("meetingattendancereport-get-expand-attendanceRecords.response.json"), CancellationToken.None);

        var fred = await db.StudentActivities.AsNoTracking().Where(a => a.PersonId == frederick).OrderBy(a => a.SessionId)
            .Select(a => new { a.SessionId, a.Date, a.Value, a.SecondsAttended, a.SecondsScheduled }).ToListAsync();
        Assert.Equal(
            [(morning, 1.0, 1152, 1800), (afternoon, 1.0, 322, 600)],
            fred.Select(f => (f.SessionId!.Value, f.Value, f.SecondsAttended!.Value, f.SecondsScheduled!.Value)));
        Assert.All(fred, f => Assert.Equal(new DateOnly(2021, 10, 5), f.Date));
        Assert.Equal(2, await db.StudentActivities.CountAsync(a => a.PersonId == school.Student.PersonId));

        var week = (await new StudentSignalsLoader(db).LoadAsync(school.Algebra.PlatformId, CancellationToken.None))
            .Students.Single(s => s.StudentKey == "fred").Weeks.Single(w => w.WeekStart == new DateOnly(2021, 10, 4));
        // Both sessions attended (more than half of each), but 1152 of 1800 s and 322 of 600 s: 0.64 + 0.54 sessions by time.
        Assert.Equal((2, 2), (week.SessionsScheduled, week.SessionsAttended));
        Assert.Equal((1152.0 / 1800) + (322.0 / 600), week.SessionsAttendedByTime!.Value, 6);
    }

    private static AttendanceReport Report(string file) => TeamsAttendanceReport.Parse(File.ReadAllText(RepoPaths.Fixture("graph", file)));

    private static async Task<long> EnrollAsync(AddinDbContext db, SchoolData school, string subject, string name, string? email, CourseRoles roles)
    {
        var person = new Person { PlatformId = school.Algebra.PlatformId, Subject = subject, Name = name, Email = email };
        db.People.Add(person);
        await db.SaveChangesAsync();
        db.Enrollments.Add(new Enrollment { CourseId = school.Algebra.Id, PersonId = person.Id, Roles = roles });
        await db.SaveChangesAsync();
        return person.Id;
    }

    private static async Task<long> ScheduleAsync(AddinDbContext db, SchoolData school, DateTimeOffset start, TimeSpan length)
    {
        var session = new Session { CourseId = school.Algebra.Id, Title = "Algebra live", StartsAt = start, EndsAt = start + length, CreatedAt = start };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }
}
