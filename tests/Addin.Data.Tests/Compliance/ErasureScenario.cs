using System.Text;
using Addin.Core.Audit;
using Addin.Core.Briefs;
using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Core.Risk;
using Addin.Core.Sessions;
using Addin.Core.Transcripts;
using Addin.Sdk.Risk;
using Addin.Sdk.Storage;

namespace Addin.Data.Tests.Compliance;

/// <summary>
/// The school of <see cref="SchoolData"/> with Ana, a student with something of every kind: an enrollment, a mentor,
/// a one-to-one tutoring recording (media in the store), a group session with another student, lines she spoke and a
/// line and a recap naming her, activity, risk history, and audit events by her and about her.
/// </summary>
internal sealed class ErasureScenario
{
    public const string LmsId = "lms-7f3a91c2";
    public const string Name = "Ana Lopez-Garcia";
    public const string Email = "ana.lopez@school.example";

    public const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0";
    public static readonly string[] Identifiers = [LmsId, Name, Email];
    private static readonly DateTimeOffset At = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    public required SchoolData School { get; init; }

    public required Person Ana { get; init; }

    public required Recording Tutoring { get; init; }

    public required Recording Group { get; init; }

    public required IReadOnlyList<string> TutoringKeys { get; init; }

    public required IReadOnlyList<string> GroupKeys { get; init; }

    public static async Task<ErasureScenario> CreateAsync(AddinDbContext db, IMediaStore store)
    {
        var school = await SchoolData.CreateAsync(db);
        long platformId = school.Student.PlatformId;
        var ana = new Person { PlatformId = platformId, Subject = LmsId, Name = Name, Email = Email };
        db.People.Add(ana);
        await db.SaveChangesAsync();

        db.AddRange(
            new Enrollment { CourseId = school.Algebra.Id, PersonId = ana.Id, Roles = CourseRoles.Learner, UpdatedAt = At },
            new MentorLink { MentorId = school.Parent.PersonId, StudentId = ana.Id });
        var tutoring = Record(school.Algebra, $"Tutoring with {Name}", ana.Id);
        var group = Record(school.Algebra, "Study group", ana.Id, school.OtherStudent.PersonId);
        db.AddRange(tutoring, group);
        await db.SaveChangesAsync();

        var tutoringKeys = await StoreMediaAsync(store, tutoring);
        var groupKeys = await StoreMediaAsync(store, group);
        var transcript = new TranscriptRecord { RecordingId = school.ClassRecording.Id, EngineId = "source", CreatedAt = At };
        transcript.Lines.AddRange(
        [
            new TranscriptLine { Index = 0, StartMs = 0, EndMs = 2000, Speaker = "teacher", Text = $"Good morning. {Name}, what is the slope?" },
            new TranscriptLine { Index = 1, StartMs = 2000, EndMs = 4000, Speaker = Name, Text = "I think it is two because it rises by two" },
            new TranscriptLine { Index = 2, StartMs = 4000, EndMs = 6000, Speaker = "other-student", Text = "Rise over run" },
        ]);
        var recap = new StoredRecap { RecordingId = school.ClassRecording.Id, Status = RecapStatus.Draft, Version = 1, UpdatedAt = At };
        recap.Versions.Add(new RecapVersion
        {
            Number = 1, Status = RecapStatus.Draft, Change = "drafted", SummariserId = "local", ChangedAt = At,
            RecapJson = $$"""{"summary":"Slopes. {{Name}} explained rise over run.","questions":["Why?"]}""",
        });
        var brief = new Brief
        {
            SessionId = school.ClassRecording.SessionId, RecipientId = school.Teacher.PersonId, GeneratedAt = At,
            Html = $"<p>Last time {Name} struggled with slopes; ask {Email}'s parent about the homework.</p>",
        };
        db.AddRange(transcript, recap, brief,
            new StudentActivity { CourseId = school.Algebra.Id, PersonId = ana.Id, Date = new DateOnly(2026, 10, 5), Kind = ActivityKind.Attendance, Value = 1, ImportedAt = At },
            new RiskAssessmentRecord
            {
                CourseId = school.Algebra.Id, PersonId = ana.Id, ModelId = "rule-risk", Level = RiskLevel.High, Score = 0.9,
                FactorsJson = """[{"factor":"missed 3 sessions"}]""", WeekStart = new DateOnly(2026, 10, 5), AssessedAt = At, EnteredHigh = true, AlertedAt = At,
            },
            new AuditEntry { At = At, PersonId = ana.Id, PlatformId = platformId, Action = AuditActions.ViewRecording, TargetType = "recording", TargetId = tutoring.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Allowed = true, Channel = AuditChannel.Web, RemoteAddress = "10.0.0.7", UserAgent = UserAgent },
            new AuditEntry { At = At, PersonId = school.Teacher.PersonId, PlatformId = platformId, Action = AuditActions.EditRecap, TargetType = "recording", TargetId = "1", Allowed = true, Detail = $"wrote to {Email}" });
        await db.SaveChangesAsync();
        db.RiskInterventions.Add(new RiskIntervention
        {
            CourseId = school.Algebra.Id, StudentId = ana.Id, AuthorId = school.Teacher.PersonId, Kind = RiskInterventionKind.Note, Note = $"Called {Name}'s parents at {Email}.", At = At,
        });
        await db.SaveChangesAsync();

        return new ErasureScenario { School = school, Ana = ana, Tutoring = tutoring, Group = group, TutoringKeys = tutoringKeys, GroupKeys = groupKeys };
    }

    private static Recording Record(Course course, string title, params long[] participants)
    {
        var session = new Session { CourseId = course.Id, Title = title, StartsAt = At, CreatedAt = At };
        session.Participants.AddRange(participants.Select(id => new SessionParticipant { PersonId = id }));
        return new Recording
        {
            CourseId = course.Id, Session = session, SourceProviderId = "test", ExternalId = title, SourceReferenceJson = "{}", Title = title,
            OriginalFileName = "lesson.mp4", Stage = PipelineStage.Ready, Status = RecordingStatus.Ready, CreatedAt = At, UpdatedAt = At,
        };
    }

    internal static async Task<IReadOnlyList<string>> StoreMediaAsync(IMediaStore store, Recording recording)
    {
        recording.MediaKey = MediaKeys.Original(recording.Id, ".mp4");
        recording.PosterKey = MediaKeys.Poster(recording.Id);
        recording.CaptionsKey = MediaKeys.Captions(recording.Id);
        recording.HighlightsKey = MediaKeys.Highlights(recording.Id);
        string[] keys = [recording.MediaKey, recording.PosterKey, recording.CaptionsKey, recording.HighlightsKey];
        foreach (var key in keys)
        {
            await store.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes("media of " + key)), "application/octet-stream", null, CancellationToken.None);
        }

        return keys;
    }
}
