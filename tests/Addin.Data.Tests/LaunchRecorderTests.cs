using Addin.Core.Courses;
using Addin.Core.Launches;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests;

/// <summary>Launches keep people, courses, roles and mentors in step with the LMS, on both databases.</summary>
public sealed class LaunchRecorderTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_FirstLaunch_CreatesPersonCourseAndEnrollment(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);

        var (person, course) = await new LaunchRecorder(db, time).RecordAsync(Facts(school, "new-teacher", CourseRoles.Instructor, new LaunchCourse("ctx-9", "Physics 2", "PHY 2")), CancellationToken.None);

        Assert.Equal("new-teacher", person.Subject);
        Assert.Equal("phy-2", course!.Key);
        Assert.Equal(CourseRoles.Instructor, await db.Enrollments.Where(e => e.PersonId == person.Id && e.CourseId == course.Id).Select(e => e.Roles).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_RolesChangeInTheLms_AreReplaced(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var recorder = new LaunchRecorder(db, time);
        var algebra = new LaunchCourse("alg", "Algebra", null);

        await recorder.RecordAsync(Facts(school, "student", CourseRoles.Learner | CourseRoles.TeachingAssistant, algebra), CancellationToken.None);
        var (person, course) = await recorder.RecordAsync(Facts(school, "student", CourseRoles.Learner, algebra), CancellationToken.None);

        Assert.Equal(CourseRoles.Learner, await db.Enrollments.Where(e => e.PersonId == person.Id && e.CourseId == course!.Id).Select(e => e.Roles).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_MentorLaunch_ReplacesTheirStudentsWithThoseNamed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var recorder = new LaunchRecorder(db, time);

        var (mentor, _) = await recorder.RecordAsync(
            Facts(school, "parent", CourseRoles.Mentor, new LaunchCourse("alg", "Algebra", null)) with { MentoredSubjects = ["other-student", "not-yet-known"] },
            CancellationToken.None);

        var students = await db.MentorLinks.Where(m => m.MentorId == mentor.Id).Select(m => m.Student!.Subject).OrderBy(s => s).ToListAsync();
        Assert.Equal(["not-yet-known", "other-student"], students);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_TwoCoursesWithTheSameLabel_GetDistinctKeys(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var recorder = new LaunchRecorder(db, time);

        var (_, first) = await recorder.RecordAsync(Facts(school, "t", CourseRoles.Instructor, new LaunchCourse("c-1", "Chemistry", "CHEM 1")), CancellationToken.None);
        var (_, second) = await recorder.RecordAsync(Facts(school, "t", CourseRoles.Instructor, new LaunchCourse("c-2", "Chemistry", "CHEM 1")), CancellationToken.None);

        Assert.Equal("chem-1", first!.Key);
        Assert.Equal("chem-1-2", second!.Key);
    }

    private static LaunchFacts Facts(SchoolData school, string subject, CourseRoles roles, LaunchCourse course) => new()
    {
        PlatformId = school.Algebra.PlatformId,
        Subject = subject,
        Name = subject,
        Roles = roles,
        Course = course,
    };
}
