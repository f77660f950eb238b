using System.Text.Json;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Core.Sessions;
using Addin.Sdk.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Addin.Core.Pipeline;

/// <summary>
/// Turns a recording a source announced into a session and a queued recording, exactly once per source id:
/// the same recording announced three times is one recording. A recording that starts when a session of its course was
/// scheduled becomes that session's; otherwise it gets a session of its own.
/// </summary>
public sealed partial class RecordingImporter(
    AddinDbContext db,
    IRecordingJobQueue jobs,
    TimeProvider time,
    ILogger<RecordingImporter> logger)
{
    internal static readonly JsonSerializerOptions ReferenceJson = new(JsonSerializerDefaults.Web);

    /// <summary>How far a recording's start may be from a scheduled session's for the recording to be of that session.</summary>
    public static readonly TimeSpan ScheduleSlack = TimeSpan.FromMinutes(30);

    /// <summary>What the processing log and the course's list say about a recording held because its course has not opted in.</summary>
    public const string NotOptedInReason = "Not imported: the course has not opted in to automatic import. Import it to process it now.";

    /// <summary>
    /// Imports the reference for a course of the platform. An automatic import into a course that has not opted in (when its
    /// platform asks courses to opt in) is recorded as <see cref="RecordingStatus.NotImported"/> with its reason and not
    /// queued: nothing is fetched until someone imports it. Uploads are always imported.
    /// </summary>
    public async Task<ImportResult> ImportAsync(long platformId, string providerId, RecordingReference reference, ImportTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var existing = await FindAsync(providerId, reference.ExternalId, cancellationToken);
        if (existing is not null)
        {
            return new ImportResult(ImportResultKind.AlreadyKnown, existing, null);
        }

        var course = reference.CourseKey is null
            ? null
            : await db.Courses.SingleOrDefaultAsync(c => c.PlatformId == platformId && c.Key == reference.CourseKey, cancellationToken);
        if (course is null)
        {
            LogNoCourse(logger, providerId, reference.ExternalId, reference.CourseKey, reference.MeetingId);
            return new ImportResult(ImportResultKind.NoCourse, null, NoCourseReason(reference));
        }

        bool held = trigger == ImportTrigger.Automatic && !course.AutomaticImportOptIn
            && await db.Platforms.AnyAsync(p => p.Id == platformId && p.AutomaticImport == AutomaticImport.OptInPerCourse, cancellationToken);
        var recording = await CreateAsync(course, providerId, reference, held, cancellationToken);
        if (recording is null)
        {
            // Another worker imported the same source id between our check and our insert.
            db.ChangeTracker.Clear();
            var raced = await FindAsync(providerId, reference.ExternalId, cancellationToken);
            return new ImportResult(ImportResultKind.AlreadyKnown, raced, null);
        }

        if (held)
        {
            LogHeld(logger, recording.Id, providerId, course.Key);
            return new ImportResult(ImportResultKind.NotOptedIn, recording, NotOptedInReason);
        }

        LogImported(logger, recording.Id, providerId, course.Key);
        jobs.EnqueueProcessing(recording.Id);
        return new ImportResult(ImportResultKind.Created, recording, null);
    }

    /// <summary>Why a recording has no course; a meeting no course is linked to is never guessed into one.</summary>
    private static string NoCourseReason(RecordingReference reference) => (reference.CourseKey, reference.MeetingId) switch
    {
        (null, { } meetingId) =>
            $"No course on this platform is linked to meeting {meetingId}, so '{reference.Title}' was not imported. " +
            "A teacher of the course enters the meeting ID on the course page; later recordings of that meeting are then imported.",
        (null, null) => $"The source did not say which course '{reference.Title}' belongs to, so it was not imported.",
        ({ } key, _) => $"No course on this platform has the key '{key}'. Launch Addin from the course once so it exists, or move the file to a course folder.",
    };

    /// <summary>
    /// The scheduled session of the course the recording is of: the one starting nearest its start, within
    /// <see cref="ScheduleSlack"/>, that has no recording yet. Null when nothing was scheduled then.
    /// </summary>
    private async Task<Session?> ScheduledSessionAsync(long courseId, DateTimeOffset? startedAt, CancellationToken cancellationToken)
    {
        if (startedAt is not { } started)
        {
            return null;
        }

        var from = started.ToUniversalTime() - ScheduleSlack;
        var to = started.ToUniversalTime() + ScheduleSlack;
        var candidates = await db.Sessions
            .Where(s => s.CourseId == courseId && s.StartsAt >= from && s.StartsAt <= to && !db.Recordings.Any(r => r.SessionId == s.Id))
            .ToListAsync(cancellationToken);
        return candidates.OrderBy(s => (s.StartsAt!.Value - started).Duration()).FirstOrDefault();
    }

    private Task<Recording?> FindAsync(string providerId, string externalId, CancellationToken cancellationToken) =>
        db.Recordings.AsNoTracking().SingleOrDefaultAsync(r => r.SourceProviderId == providerId && r.ExternalId == externalId, cancellationToken);

    private async Task<Recording?> CreateAsync(Course course, string providerId, RecordingReference reference, bool held, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = await ScheduledSessionAsync(course.Id, reference.StartedAt, cancellationToken) ?? new Session
        {
            CourseId = course.Id,
            Title = reference.Title,
            StartsAt = reference.StartedAt?.ToUniversalTime(),
            EndsAt = reference.EndedAt?.ToUniversalTime(),
            CreatedAt = now,
        };
        foreach (long personId in await ResolveParticipantsAsync(course.PlatformId, reference.Participants, cancellationToken))
        {
            session.Participants.Add(new SessionParticipant { PersonId = personId });
        }

        var recording = new Recording
        {
            CourseId = course.Id,
            Session = session,
            SourceProviderId = providerId,
            ExternalId = reference.ExternalId,
            SourceReferenceJson = JsonSerializer.Serialize(reference, ReferenceJson),
            Title = reference.Title,
            OriginalFileName = reference.FileName,
            ContentType = reference.ContentType,
            SizeBytes = reference.Length,
            Stage = PipelineStage.Ingest,
            Status = held ? RecordingStatus.NotImported : RecordingStatus.Queued,
            Error = held ? NotOptedInReason : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        recording.Events.Add(new RecordingEvent
        {
            Stage = PipelineStage.Ingest,
            Severity = EventSeverity.Info,
            Message = $"Found '{reference.FileName}' at the {providerId} source.",
            At = now,
        });
        if (held)
        {
            recording.Events.Add(new RecordingEvent { Stage = PipelineStage.Ingest, Severity = EventSeverity.Warning, Message = NotOptedInReason, At = now });
        }

        db.Recordings.Add(recording);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return recording;
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            if (await IsKnownAsync(providerId, reference.ExternalId, cancellationToken))
            {
                return null;
            }

            throw;
        }
    }

    private Task<bool> IsKnownAsync(string providerId, string externalId, CancellationToken cancellationToken) =>
        db.Recordings.AsNoTracking().AnyAsync(r => r.SourceProviderId == providerId && r.ExternalId == externalId, cancellationToken);

    /// <summary>
    /// Maps the source's participants to people of the platform. A participant the platform does not know yet still
    /// gets a placeholder person, so that a one-to-one session never widens to the whole course.
    /// </summary>
    private async Task<List<long>> ResolveParticipantsAsync(long platformId, IReadOnlyList<ParticipantReference> participants, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        foreach (var participant in participants)
        {
            Person? person = null;
            if (participant.LmsUserId is { Length: > 0 } subject)
            {
                person = await db.People.SingleOrDefaultAsync(p => p.PlatformId == platformId && p.Subject == subject, cancellationToken)
                         ?? Placeholder(platformId, subject, participant);
            }
            else if (participant.Email is { Length: > 0 } email)
            {
                person = await db.People.FirstOrDefaultAsync(p => p.PlatformId == platformId && p.Email == email, cancellationToken)
                         ?? Placeholder(platformId, "unmatched:" + email, participant);
            }

            if (person is null)
            {
                continue;
            }

            if (person.Id == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            ids.Add(person.Id);
        }

        return ids.Distinct().ToList();
    }

    private Person Placeholder(long platformId, string subject, ParticipantReference participant)
    {
        var person = new Person { PlatformId = platformId, Subject = subject, Name = participant.DisplayName, Email = participant.Email };
        db.People.Add(person);
        return person;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {ExternalId} from source {ProviderId} maps to no known course (course {CourseKey}, meeting {MeetingId}); not imported")]
    private static partial void LogNoCourse(ILogger logger, string providerId, string externalId, string? courseKey, string? meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording {RecordingId} from source {ProviderId} held: course {CourseKey} has not opted in to automatic import")]
    private static partial void LogHeld(ILogger logger, long recordingId, string providerId, string courseKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording {RecordingId} imported from source {ProviderId} into course {CourseKey}")]
    private static partial void LogImported(ILogger logger, long recordingId, string providerId, string courseKey);
}

/// <summary>What an import did.</summary>
public enum ImportResultKind
{
    Created,
    AlreadyKnown,
    NoCourse,

    /// <summary>Recorded as <see cref="RecordingStatus.NotImported"/>: its course has not opted in to automatic import.</summary>
    NotOptedIn,
}

/// <summary>What brought a recording in: a source on its own (poll, webhook, folder) or a person uploading it.</summary>
public enum ImportTrigger
{
    Automatic,
    Upload,
}

/// <summary>The result of an import: the recording (new or existing) or why there is none.</summary>
public sealed record ImportResult(ImportResultKind Kind, Recording? Recording, string? Problem);
