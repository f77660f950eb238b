using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Core.Sessions;

namespace Addin.Data.Tests;

/// <summary>
/// Two institutions. In the first: Algebra (a teacher, two students, a parent of the first, a substitute assigned to one
/// session) and Biology (another student); a reviewer. In the second: its own reviewer and course.
/// </summary>
public sealed class SchoolData
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    public required Viewer Teacher { get; init; }

    public required Viewer Student { get; init; }

    public required Viewer OtherStudent { get; init; }

    public required Viewer Parent { get; init; }

    public required Viewer Substitute { get; init; }

    public required Viewer Reviewer { get; init; }

    public required Viewer BiologyStudent { get; init; }

    public required Viewer OtherSchoolReviewer { get; init; }

    public required Course Algebra { get; init; }

    public required Course Biology { get; init; }

    public required Recording ClassRecording { get; init; }

    public required Recording TutoringRecording { get; init; }

    public required Recording ProcessingRecording { get; init; }

    public required Recording SubstitutedRecording { get; init; }

    public required Recording BiologyRecording { get; init; }

    public required Recording OtherSchoolRecording { get; init; }

    public static async Task<SchoolData> CreateAsync(AddinDbContext db)
    {
        var school = new Institution { Name = "School", Slug = "school" };
        var other = new Institution { Name = "Other", Slug = "other" };
        var lms = Platform(school, "lms");
        var otherLms = Platform(other, "other-lms");
        db.AddRange(school, other, lms, otherLms);
        await db.SaveChangesAsync();

        var algebra = new Course { PlatformId = lms.Id, ContextId = "alg", Key = "alg", Title = "Algebra" };
        var biology = new Course { PlatformId = lms.Id, ContextId = "bio", Key = "bio", Title = "Biology" };
        var otherCourse = new Course { PlatformId = otherLms.Id, ContextId = "x", Key = "other-x", Title = "Other" };
        db.AddRange(algebra, biology, otherCourse);

        var teacher = Person(lms, "teacher");
        var student = Person(lms, "student");
        var otherStudent = Person(lms, "other-student");
        var parent = Person(lms, "parent");
        var substitute = Person(lms, "substitute");
        var reviewer = Person(lms, "reviewer", reviewer: true);
        var biologyStudent = Person(lms, "bio-student");
        var otherReviewer = Person(otherLms, "other-reviewer", reviewer: true);
        db.AddRange(teacher, student, otherStudent, parent, substitute, reviewer, biologyStudent, otherReviewer);
        await db.SaveChangesAsync();

        db.AddRange(
            Enroll(algebra, teacher, CourseRoles.Instructor),
            Enroll(algebra, student, CourseRoles.Learner),
            Enroll(algebra, otherStudent, CourseRoles.Learner),
            Enroll(algebra, parent, CourseRoles.Mentor),
            Enroll(biology, biologyStudent, CourseRoles.Learner),
            new MentorLink { MentorId = parent.Id, StudentId = student.Id });

        var classRecording = Record(algebra, "Class", RecordingStatus.Ready);
        var tutoring = Record(algebra, "Tutoring", RecordingStatus.Ready);
        tutoring.Session!.Participants.Add(new SessionParticipant { PersonId = student.Id });
        var processing = Record(algebra, "Processing", RecordingStatus.Processing);
        var substituted = Record(biology, "Covered by the substitute", RecordingStatus.Ready);
        substituted.Session!.InstructorId = substitute.Id;
        var biologyRecording = Record(biology, "Biology", RecordingStatus.Ready);
        var otherRecording = Record(otherCourse, "Other school", RecordingStatus.Ready);
        db.AddRange(classRecording, tutoring, processing, substituted, biologyRecording, otherRecording);
        await db.SaveChangesAsync();

        return new SchoolData
        {
            Teacher = Viewer(teacher, school),
            Student = Viewer(student, school),
            OtherStudent = Viewer(otherStudent, school),
            Parent = Viewer(parent, school),
            Substitute = Viewer(substitute, school),
            Reviewer = Viewer(reviewer, school),
            BiologyStudent = Viewer(biologyStudent, school),
            OtherSchoolReviewer = Viewer(otherReviewer, other),
            Algebra = algebra,
            Biology = biology,
            ClassRecording = classRecording,
            TutoringRecording = tutoring,
            ProcessingRecording = processing,
            SubstitutedRecording = substituted,
            BiologyRecording = biologyRecording,
            OtherSchoolRecording = otherRecording,
        };
    }

    private static Platform Platform(Institution institution, string key) => new()
    {
        Institution = institution,
        Key = key,
        Name = key,
        Issuer = $"https://{key}.example",
        ClientId = "client",
        AuthorizationEndpoint = $"https://{key}.example/auth",
        JwksUri = $"https://{key}.example/jwks",
    };

    private static Person Person(Platform platform, string subject, bool reviewer = false) =>
        new() { PlatformId = platform.Id, Subject = subject, Name = subject, IsReviewer = reviewer };

    private static Enrollment Enroll(Course course, Person person, CourseRoles roles) =>
        new() { CourseId = course.Id, PersonId = person.Id, Roles = roles, UpdatedAt = Start };

    private static Recording Record(Course course, string title, RecordingStatus status) => new()
    {
        CourseId = course.Id,
        Session = new Session { CourseId = course.Id, Title = title, StartsAt = Start, CreatedAt = Start },
        SourceProviderId = "test",
        ExternalId = $"{course.Key}/{title}",
        SourceReferenceJson = "{}",
        Title = title,
        OriginalFileName = title + ".mp4",
        Stage = status == RecordingStatus.Ready ? PipelineStage.Ready : PipelineStage.Probe,
        Status = status,
        CreatedAt = Start,
        UpdatedAt = Start,
    };

    private static Viewer Viewer(Person person, Institution institution) => new(person.Id, person.PlatformId, institution.Id, person.IsReviewer);
}
