using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Core.People;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Core.Sessions;
using Addin.Sdk.Summaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Web.Tests.Notifications;

/// <summary>
/// A course with its teacher and a substitute, two students (Ada and Ben) each with a parent (LTI mentor links; a second
/// parent of Ada has no email address), and one-to-one sessions whose recordings get recaps drafted and approved: what
/// recap notices and parent digests are about.
/// </summary>
internal sealed class TutoringSchool
{
    public static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private TutoringSchool(AddinDbContext db, FakeTimeProvider time) => (Db, Time) = (db, time);

    public AddinDbContext Db { get; }

    public FakeTimeProvider Time { get; }

    public Course Course { get; private set; } = null!;

    public Person Teacher { get; private set; } = null!;

    public Person Substitute { get; private set; } = null!;

    public Person Ada { get; private set; } = null!;

    public Person Ben { get; private set; } = null!;

    public Person AdaParent { get; private set; } = null!;

    public Person BenParent { get; private set; } = null!;

    private Institution School { get; set; } = null!;

    public static async Task<TutoringSchool> CreateAsync(AddinDbContext db)
    {
        var world = new TutoringSchool(db, new FakeTimeProvider(Start));
        world.School = new Institution { Name = "School", Slug = "school" };
        var lms = new Platform
        {
            Institution = world.School, Key = "lms", Name = "LMS", Issuer = "https://lms.example", ClientId = "c",
            AuthorizationEndpoint = "https://lms.example/auth", JwksUri = "https://lms.example/jwks",
        };
        world.Course = new Course { Platform = lms, ContextId = "alg", Key = "alg", Title = "Algebra <1>" };
        Person Make(string subject, string name, string? email) => new() { Platform = lms, Subject = subject, Name = name, Email = email };
        world.Teacher = Make("teacher", "Ms Lee", "teacher@school.test");
        world.Substitute = Make("substitute", "Mr Cover", "cover@school.test");
        world.Ada = Make("ada", "Ada", "ada@school.test");
        world.Ben = Make("ben", "Ben", "ben@school.test");
        world.AdaParent = Make("ada-parent", "Ada's mum", "ada.parent@home.test");
        world.BenParent = Make("ben-parent", "Ben's dad", "ben.parent@home.test");
        var silentParent = Make("ada-other-parent", "Ada's dad", null);
        db.AddRange(
            world.Substitute,
            new Enrollment { Course = world.Course, Person = world.Teacher, Roles = CourseRoles.Instructor },
            new Enrollment { Course = world.Course, Person = world.Ada, Roles = CourseRoles.Learner },
            new Enrollment { Course = world.Course, Person = world.Ben, Roles = CourseRoles.Learner },
            new Enrollment { Course = world.Course, Person = world.AdaParent, Roles = CourseRoles.Mentor },
            new Enrollment { Course = world.Course, Person = world.BenParent, Roles = CourseRoles.Mentor },
            new Enrollment { Course = world.Course, Person = silentParent, Roles = CourseRoles.Mentor },
            new MentorLink { Mentor = world.AdaParent, Student = world.Ada },
            new MentorLink { Mentor = silentParent, Student = world.Ada },
            new MentorLink { Mentor = world.BenParent, Student = world.Ben });
        await db.SaveChangesAsync();
        return world;
    }

    /// <summary>A ready recording of a one-to-one session with <paramref name="student"/>; returns the recording's id.</summary>
    public async Task<long> SessionAsync(string title, Person student, Person? substitute = null, bool namesInstructor = true)
    {
        var session = new Session
        {
            CourseId = Course.Id, Title = title, StartsAt = Time.GetUtcNow().AddHours(-2), EndsAt = Time.GetUtcNow().AddHours(-1),
            TimeZone = "Europe/London", InstructorId = namesInstructor ? Teacher.Id : null, SubstituteId = substitute?.Id, CreatedAt = Start,
        };
        session.Participants.Add(new SessionParticipant { PersonId = student.Id });
        var recording = new Recording
        {
            CourseId = Course.Id, Session = session, SourceProviderId = "test", ExternalId = title, SourceReferenceJson = "{}", Title = title,
            OriginalFileName = "session.mp4", MediaKey = $"media/{title}.mp4", Stage = PipelineStage.Ready, Status = RecordingStatus.Ready,
            CreatedAt = Start, UpdatedAt = Start,
        };
        Db.Recordings.Add(recording);
        await Db.SaveChangesAsync();
        return recording.Id;
    }

    /// <summary>Stores the recording's draft recap, whose overview quotes the transcript.</summary>
    public async Task DraftAsync(long recordingId, string overview)
    {
        var recap = new Recap
        {
            Overview = overview,
            Topics = [new RecapTopic { Title = "Adding fractions", Start = TimeSpan.FromSeconds(5), End = TimeSpan.FromMinutes(10), Evidence = [new(TimeSpan.FromSeconds(5), overview)] }],
            Run = new SummariserRun { SummariserId = "local-summariser" },
        };
        await new RecapDrafts(Db, Time).SaveAsync(recordingId, new CheckedRecap(recap, []), CancellationToken.None);
    }

    /// <summary>The teacher approves the recording's draft now.</summary>
    public async Task ApproveAsync(long recordingId)
    {
        var result = await new RecapReview(Db, new AccessPolicy(Db), Time).ApproveAsync(new Viewer(Teacher.Id, Course.PlatformId, School.Id, IsReviewer: false), recordingId, 1, CancellationToken.None);
        Assert.Equal(RecapReviewOutcome.Done, result.Outcome);
    }
}
