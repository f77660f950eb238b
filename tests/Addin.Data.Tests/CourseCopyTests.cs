using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Launches;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests;

/// <summary>
/// A course copied in the LMS: the earlier course's recordings reach the copy's students only when a teacher of the copy
/// brings them, and one-to-one sessions never travel.
/// </summary>
public sealed class CourseCopyTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Copy_NotedAtLaunch_ShowsNothingUntilATeacherBringsIt_ThenOnlyClassSessions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var recorder = new LaunchRecorder(db, time);
        var policy = new AccessPolicy(db);
        var copyCourse = new LaunchCourse("alg-2027", "Algebra 2027", null);
        var (teacher, copy) = await recorder.RecordAsync(Facts(school, "teacher", CourseRoles.Instructor, copyCourse) with { ContextHistory = ["alg"] }, CancellationToken.None);
        var (student, _) = await recorder.RecordAsync(Facts(school, "new-student", CourseRoles.Learner, copyCourse) with { ContextHistory = ["alg"] }, CancellationToken.None);
        var studentViewer = new Viewer(student.Id, student.PlatformId, school.Student.InstitutionId, false);
        var teacherViewer = new Viewer(teacher.Id, teacher.PlatformId, school.Teacher.InstitutionId, false);
        var copies = new CourseCopies(db, policy, time);

        var noted = Assert.Single(await copies.ForCourseAsync(copy!.Id, CancellationToken.None));
        var before = await policy.VisibleRecordings(studentViewer).Select(r => r.Title).ToListAsync();
        bool refusedForStudent = await copies.DecideAsync(studentViewer, copy.Id, noted.Id, CourseCopyDecision.Brought, CancellationToken.None);
        bool decided = await copies.DecideAsync(teacherViewer, copy.Id, noted.Id, CourseCopyDecision.Brought, CancellationToken.None);
        var after = await policy.VisibleRecordings(studentViewer).Select(r => r.Title).ToListAsync();
        var shown = await db.Recordings.Where(r => policy.CoursesShownIn(copy.Id).Contains(r.CourseId)).Select(r => r.Title).ToListAsync();

        Assert.Equal(("Algebra", CourseCopyDecision.Pending, 2), (noted.SourceTitle, noted.Decision, noted.ClassRecordings));
        Assert.Empty(before);
        Assert.False(refusedForStudent);
        Assert.True(decided);
        Assert.Equal(["Class"], after);
        Assert.Equal(["Class", "Processing", "Tutoring"], shown.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bring_ByHand_NeedsATeacherOfBothCourses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var copies = new CourseCopies(db, new AccessPolicy(db), time);

        bool teacherOfOne = await copies.BringAsync(school.Teacher, school.Algebra.Id, school.Biology.Id, CancellationToken.None);
        bool reviewer = await copies.BringAsync(school.Reviewer, school.Algebra.Id, school.Biology.Id, CancellationToken.None);

        Assert.False(teacherOfOne);
        Assert.True(reviewer);
        Assert.Equal(["Biology"], (await new AccessPolicy(db).VisibleRecordings(school.Student).Select(r => r.Title).ToListAsync()).Where(t => t == "Biology"));
    }

    private static LaunchFacts Facts(SchoolData school, string subject, CourseRoles roles, LaunchCourse course) => new()
    {
        PlatformId = school.Algebra.PlatformId,
        Subject = subject,
        Roles = roles,
        Course = course,
    };
}
