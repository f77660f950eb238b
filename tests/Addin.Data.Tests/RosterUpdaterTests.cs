using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Rosters;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests;

/// <summary>Roster sync from the LMS: people join before they ever launch, and people who left lose access.</summary>
public sealed class RosterUpdaterTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_FullRoster_AddsNewcomers_ChangesRoles_AndRemovesThoseWhoLeft(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);

        var changes = await new RosterUpdater(db, time).ApplyAsync(school.Algebra.Id,
        [
            new RosterMember("teacher", "Teacher", null, CourseRoles.Instructor, true),
            new RosterMember("student", "Student", "student@school.test", CourseRoles.Learner | CourseRoles.TeachingAssistant, true),
            new RosterMember("newcomer", "New Student", "new@school.test", CourseRoles.Learner, true),
            new RosterMember("parent", "Parent", null, CourseRoles.Mentor, false),
        ], complete: true, CancellationToken.None);

        var roles = await db.Enrollments.AsNoTracking().Where(e => e.CourseId == school.Algebra.Id)
            .Select(e => new { e.Person!.Subject, e.Roles })
            .ToDictionaryAsync(e => e.Subject, e => e.Roles);
        Assert.Equal(new RosterChanges(Added: 1, Changed: 1, Removed: 2), changes);
        Assert.Equal(CourseRoles.Learner, roles["newcomer"]);
        Assert.Equal(CourseRoles.Learner | CourseRoles.TeachingAssistant, roles["student"]);
        Assert.Equal(CourseRoles.None, roles["other-student"]);
        Assert.Equal(CourseRoles.None, roles["parent"]);
        Assert.Empty(await new AccessPolicy(db).VisibleRecordings(school.OtherStudent).ToListAsync());
        Assert.Equal(time.GetUtcNow(), (await db.Courses.SingleAsync(c => c.Id == school.Algebra.Id)).RosterSyncedAt);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_DifferencesOnly_LeavesUnlistedPeopleAlone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);

        var changes = await new RosterUpdater(db, time).ApplyAsync(school.Algebra.Id,
            [new RosterMember("other-student", null, null, CourseRoles.Learner, false)], complete: false, CancellationToken.None);

        Assert.Equal(new RosterChanges(0, 0, 1), changes);
        Assert.NotEmpty(await new AccessPolicy(db).VisibleRecordings(school.Student).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_MentorWithStudentsNamed_ReplacesTheirStudents_AndAdministratorsBecomeReviewers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);

        await new RosterUpdater(db, time).ApplyAsync(school.Algebra.Id,
        [
            new RosterMember("teacher", null, null, CourseRoles.Instructor, true) { IsReviewer = true },
            new RosterMember("student", null, null, CourseRoles.Learner, true),
            new RosterMember("other-student", null, null, CourseRoles.Learner, true),
            new RosterMember("newcomer", "New Student", null, CourseRoles.Learner, true),
            new RosterMember("parent", null, null, CourseRoles.Mentor, true) { MentoredSubjects = ["other-student", "newcomer"] },
            new RosterMember("new-parent", null, null, CourseRoles.Mentor, true) { MentoredSubjects = ["newcomer"] },
        ], complete: true, CancellationToken.None);

        var links = await db.MentorLinks.AsNoTracking().Select(m => new { Mentor = m.Mentor!.Subject, Student = m.Student!.Subject }).ToListAsync();
        Assert.Equal(["newcomer", "other-student"], links.Where(l => l.Mentor == "parent").Select(l => l.Student).Order());
        Assert.Equal(["newcomer"], links.Where(l => l.Mentor == "new-parent").Select(l => l.Student));
        Assert.True(await db.People.Where(p => p.Subject == "teacher").Select(p => p.IsReviewer).SingleAsync());
        Assert.Single(await db.People.Where(p => p.Subject == "newcomer").ToListAsync());
        Assert.Empty(await new AccessPolicy(db).VisibleRecordings(school.Parent).Where(r => r.Id == school.TutoringRecording.Id).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_MentorWithoutStudentsNamed_KeepsTheirStudents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);

        await new RosterUpdater(db, time).ApplyAsync(school.Algebra.Id,
            [new RosterMember("parent", null, null, CourseRoles.Mentor, true)], complete: false, CancellationToken.None);

        Assert.Equal(["student"], await db.MentorLinks.Where(m => m.Mentor!.Subject == "parent").Select(m => m.Student!.Subject).ToListAsync());
    }
}
