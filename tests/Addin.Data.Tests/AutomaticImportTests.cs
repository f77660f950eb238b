using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Recordings;
using Addin.Sdk.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests;

/// <summary>
/// Automatic import by opt-in: on a platform that asks courses to opt in, what a source finds for a course that has not
/// is recorded as not imported (with its reason) and not queued until a teacher or reviewer imports it; uploads and
/// opted-in courses import as before. Only those who manage a course switch it or import for it.
/// </summary>
public sealed class AutomaticImportTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly QueueSpy queue = new();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task OptInPlatform_HoldsAutomaticImportsOfCoursesThatDidNotOptIn_ButNotUploadsOrOptedInCourses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var choices = new AutomaticImportChoices(db, new AccessPolicy(db));
        Assert.Equal(school.Algebra.PlatformId, await choices.SetPlatformAsync(school.Reviewer.InstitutionId, "lms", AutomaticImport.OptInPerCourse, CancellationToken.None));
        Assert.True(await choices.SetCourseAsync(school.Teacher, school.Algebra.Id, optIn: true, CancellationToken.None));
        var importer = Importer(db);

        var held = await importer.ImportAsync(school.Algebra.PlatformId, "folder", Reference("bio", "bio-1"), ImportTrigger.Automatic, CancellationToken.None);
        var again = await importer.ImportAsync(school.Algebra.PlatformId, "folder", Reference("bio", "bio-1"), ImportTrigger.Automatic, CancellationToken.None);
        var uploaded = await importer.ImportAsync(school.Algebra.PlatformId, "folder", Reference("bio", "bio-2"), ImportTrigger.Upload, CancellationToken.None);
        var optedIn = await importer.ImportAsync(school.Algebra.PlatformId, "folder", Reference("alg", "alg-1"), ImportTrigger.Automatic, CancellationToken.None);

        Assert.Equal((ImportResultKind.NotOptedIn, RecordingImporter.NotOptedInReason), (held.Kind, held.Problem));
        Assert.Equal((ImportResultKind.AlreadyKnown, held.Recording!.Id), (again.Kind, again.Recording!.Id));
        Assert.Equal((ImportResultKind.Created, ImportResultKind.Created), (uploaded.Kind, optedIn.Kind));
        Assert.Equal([uploaded.Recording!.Id, optedIn.Recording!.Id], queue.Queued);
        var stored = await db.Recordings.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == held.Recording.Id);
        Assert.Equal((RecordingStatus.NotImported, RecordingImporter.NotOptedInReason), (stored.Status, stored.Error));
        Assert.Contains(stored.Events, e => e.Severity == EventSeverity.Warning && e.Message == RecordingImporter.NotOptedInReason);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AllCoursesPlatform_ImportsEveryCourse_AsBefore(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);

        var result = await Importer(db).ImportAsync(school.Algebra.PlatformId, "folder", Reference("bio", "bio-1"), ImportTrigger.Automatic, CancellationToken.None);

        Assert.Equal(ImportResultKind.Created, result.Kind);
        Assert.Equal([result.Recording!.Id], queue.Queued);
        Assert.Equal(AutomaticImport.AllCourses, (await db.Platforms.AsNoTracking().SingleAsync(p => p.Key == "lms")).AutomaticImport);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SwitchAndImportIt_OnlyForThoseWhoManageTheCourse_AndImportItQueuesOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var otherTeacher = await BiologyTeacherAsync(db, school);
        var access = new AccessPolicy(db);
        var choices = new AutomaticImportChoices(db, access);
        await choices.SetPlatformAsync(null, "lms", AutomaticImport.OptInPerCourse, CancellationToken.None);
        var held = await Importer(db).ImportAsync(school.Algebra.PlatformId, "folder", Reference("alg", "alg-1"), ImportTrigger.Automatic, CancellationToken.None);
        var import = new HeldRecordingImport(db, access, queue, time);

        bool[] switched = [
            await choices.SetCourseAsync(school.Student, school.Algebra.Id, optIn: true, CancellationToken.None),
            await choices.SetCourseAsync(school.Parent, school.Algebra.Id, optIn: true, CancellationToken.None),
            await choices.SetCourseAsync(otherTeacher, school.Algebra.Id, optIn: true, CancellationToken.None),
            await choices.SetCourseAsync(school.OtherSchoolReviewer, school.Algebra.Id, optIn: true, CancellationToken.None),
        ];
        bool[] imported = [
            await import.ImportAsync(school.Student, held.Recording!.Id, "Student", CancellationToken.None),
            await import.ImportAsync(otherTeacher, held.Recording.Id, "Other teacher", CancellationToken.None),
            await import.ImportAsync(school.OtherSchoolReviewer, held.Recording.Id, "Other school", CancellationToken.None),
        ];
        Assert.Equal([false, false, false, false], switched);
        Assert.Equal([false, false, false], imported);
        Assert.False(await choices.ImportsAutomaticallyAsync(school.Algebra.Id, CancellationToken.None));
        Assert.Null(await choices.SetPlatformAsync(school.OtherSchoolReviewer.InstitutionId, "lms", AutomaticImport.AllCourses, CancellationToken.None));
        Assert.Empty(queue.Queued);

        Assert.True(await choices.SetCourseAsync(school.Teacher, school.Algebra.Id, optIn: true, CancellationToken.None));
        Assert.True(await choices.ImportsAutomaticallyAsync(school.Algebra.Id, CancellationToken.None));
        Assert.True(await import.ImportAsync(school.Teacher, held.Recording.Id, "Teacher", CancellationToken.None));
        Assert.False(await import.ImportAsync(school.Reviewer, held.Recording.Id, "Reviewer", CancellationToken.None));
        Assert.False(await import.ImportAsync(school.Teacher, school.ClassRecording.Id, "Teacher", CancellationToken.None));

        Assert.Equal([held.Recording.Id], queue.Queued);
        var queued = await db.Recordings.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == held.Recording.Id);
        Assert.Equal((RecordingStatus.Queued, (string?)null), (queued.Status, queued.Error));
        Assert.Contains(queued.Events, e => e.Message == "Import requested by Teacher.");
    }

    private RecordingImporter Importer(AddinDbContext db) => new(db, queue, time, NullLogger<RecordingImporter>.Instance);

    private static RecordingReference Reference(string courseKey, string externalId) =>
        new() { ExternalId = externalId, CourseKey = courseKey, Title = externalId, FileName = externalId + ".mp4" };

    /// <summary>A teacher of Biology only: a teacher, but not of Algebra.</summary>
    private static async Task<Viewer> BiologyTeacherAsync(AddinDbContext db, SchoolData school)
    {
        var person = new Person { PlatformId = school.Biology.PlatformId, Subject = "bio-teacher", Name = "Bio teacher" };
        db.People.Add(person);
        await db.SaveChangesAsync();
        db.Enrollments.Add(new Enrollment { CourseId = school.Biology.Id, PersonId = person.Id, Roles = CourseRoles.Instructor });
        await db.SaveChangesAsync();
        return new Viewer(person.Id, person.PlatformId, school.Teacher.InstitutionId, IsReviewer: false);
    }

    private sealed class QueueSpy : IRecordingJobQueue
    {
        public List<long> Queued { get; } = [];

        public void EnqueueProcessing(long recordingId) => Queued.Add(recordingId);
    }
}
