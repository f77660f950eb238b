using Addin.Core.Attendance;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Sdk.Risk;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Risk;

/// <summary>
/// Builds the weekly signals of every student of a platform's courses from what Addin stores: imported activity,
/// attendance per session (counted by the share of each session attended where a Teams report measured it), the
/// tutoring sessions a student took part in, and their talk time in those sessions' transcripts (a transcript speaker
/// counts as a student when the name matches a learner of the course on the roster), and how much of the recordings of
/// their sessions they watched (a class session's recording is for every learner of the course, a tutoring session's for
/// its participants). Student keys are LMS user ids,
/// course keys LMS context ids, as in the activity CSV.
/// </summary>
public sealed class StudentSignalsLoader(AddinDbContext db)
{
    public async Task<PlatformSignals> LoadAsync(long platformId, CancellationToken cancellationToken)
    {
        var courses = await db.Courses.AsNoTracking().Where(c => c.PlatformId == platformId)
            .ToDictionaryAsync(c => c.Id, c => c.ContextId, cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.PlatformId == platformId)
            .ToDictionaryAsync(p => p.Id, p => p.Subject, cancellationToken);
        var signals = new SignalsAccumulator();
        var outcomes = new Dictionary<(string Course, string Student), bool>();
        var sessionFacts = await AddActivityAsync(platformId, signals, outcomes, courses, people, cancellationToken);
        await AddSessionsAsync(platformId, signals, sessionFacts, cancellationToken);
        await AddTalkAsync(platformId, signals, cancellationToken);
        await AddRecordingsWatchedAsync(platformId, signals, cancellationToken);
        return new PlatformSignals(
            signals.Build(c => courses[c], p => people[p]),
            outcomes,
            courses.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal),
            people.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>Adds the imported and reported facts; returns the (session, person) pairs an attendance fact is about.</summary>
    private async Task<HashSet<(long SessionId, long PersonId)>> AddActivityAsync(
        long platformId, SignalsAccumulator signals, Dictionary<(string, string), bool> outcomes,
        Dictionary<long, string> courses, Dictionary<long, string> people, CancellationToken cancellationToken)
    {
        var rows = db.StudentActivities.AsNoTracking().Where(a => a.Course!.PlatformId == platformId)
            .OrderBy(a => a.Date).Select(a => new { a.CourseId, a.PersonId, a.Date, a.Kind, a.Value, a.SessionId, a.Source, a.SecondsAttended, a.SecondsScheduled }).AsAsyncEnumerable();
        var attendance = new List<AttendanceFact>();
        await foreach (var a in rows.WithCancellation(cancellationToken))
        {
            if (a.Kind == ActivityKind.Attendance)
            {
                attendance.Add(new AttendanceFact(a.CourseId, a.PersonId, a.Date, a.SessionId, a.Source, a.Value > 0, a.SecondsAttended, a.SecondsScheduled));
                continue;
            }

            signals.AddActivity(a.CourseId, a.PersonId, a.Date, a.Kind, a.Value);
            if (a.Kind == ActivityKind.Outcome)
            {
                // Ordered by date: the latest outcome wins.
                outcomes[(courses[a.CourseId], people[a.PersonId])] = a.Value == 0;
            }
        }

        foreach (var fact in AttendanceFact.Counted(attendance))
        {
            signals.AddAttendance(fact.CourseId, fact.PersonId, fact.Date, fact.Attended, fact.Share);
        }

        return [.. attendance.Where(f => f.SessionId is not null).Select(f => (f.SessionId!.Value, f.PersonId))];
    }

    /// <summary>
    /// Adds the tutoring sessions each student took part in, except those an attendance fact already speaks for (a launch
    /// or a Teams report of that session counted it, or the day's imported row set it aside): each session counts once.
    /// </summary>
    private async Task AddSessionsAsync(long platformId, SignalsAccumulator signals, HashSet<(long SessionId, long PersonId)> sessionFacts, CancellationToken cancellationToken)
    {
        var attended = await db.SessionParticipants.AsNoTracking()
            .Join(db.Sessions.Where(s => s.Course!.PlatformId == platformId && s.StartsAt != null), p => p.SessionId, s => s.Id, (p, s) => new { s.Id, s.CourseId, p.PersonId, s.StartsAt })
            .ToListAsync(cancellationToken);
        foreach (var a in attended.Where(a => !sessionFacts.Contains((a.Id, a.PersonId))))
        {
            signals.AddSessionAttended(a.CourseId, a.PersonId, DateOnly.FromDateTime(a.StartsAt!.Value.UtcDateTime));
        }
    }

    private async Task AddTalkAsync(long platformId, SignalsAccumulator signals, CancellationToken cancellationToken)
    {
        var lines = await db.TranscriptLines.AsNoTracking()
            .Join(db.Transcripts, l => l.TranscriptId, t => t.Id, (l, t) => new { Line = l, t.RecordingId })
            .Join(db.Recordings.Where(r => r.Course!.PlatformId == platformId && r.Session!.StartsAt != null), x => x.RecordingId, r => r.Id, (x, r) => new
            {
                r.CourseId,
                x.Line.TranscriptId,
                StartsAt = r.Session!.StartsAt!.Value,
                x.Line.Index,
                x.Line.Speaker,
                Ms = x.Line.EndMs - x.Line.StartMs,
            })
            .ToListAsync(cancellationToken);
        if (lines.Count == 0)
        {
            return;
        }

        var courseIds = lines.Select(l => l.CourseId).Distinct().ToList();
        var learners = (await db.Enrollments.AsNoTracking()
                .Where(e => courseIds.Contains(e.CourseId) && (e.Roles & CourseRoles.Learner) != 0 && e.Person!.Name != null)
                .Select(e => new { e.CourseId, e.PersonId, e.Person!.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.CourseId);
        foreach (var transcript in lines.GroupBy(l => l.TranscriptId))
        {
            var first = transcript.First();
            var talk = SpeakerTalk.Of(transcript.OrderBy(l => l.Index).Select(l => (l.Speaker, l.Ms)));
            foreach (var learner in learners[first.CourseId])
            {
                if (talk.Speakers.TryGetValue(SpeakerTalk.NameKey(learner.Name!), out var spoken))
                {
                    signals.AddTalk(first.CourseId, learner.PersonId, DateOnly.FromDateTime(first.StartsAt.UtcDateTime), spoken.Ms, talk.TotalMs, spoken.Turns);
                }
            }
        }
    }
    private async Task AddRecordingsWatchedAsync(long platformId, SignalsAccumulator signals, CancellationToken cancellationToken)
    {
        var recordings = await db.Recordings.AsNoTracking()
            .Where(r => r.Course!.PlatformId == platformId && r.Status == RecordingStatus.Ready && !r.HiddenFromStudents &&
                        r.DurationMs != null && r.Session!.StartsAt != null)
            .Select(r => new
            {
                r.Id,
                r.CourseId,
                StartsAt = r.Session!.StartsAt!.Value,
                r.DurationMs,
                Participants = r.Session.Participants.Select(p => p.PersonId).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (recordings.Count == 0)
        {
            return;
        }

        var recordingIds = recordings.Select(r => r.Id).ToList();
        var watched = (await db.PlaybackProgress.AsNoTracking()
                .Where(p => recordingIds.Contains(p.RecordingId))
                .Select(p => new { p.RecordingId, p.PersonId, p.WatchedSeconds })
                .ToListAsync(cancellationToken))
            .ToDictionary(p => (p.RecordingId, p.PersonId), p => p.WatchedSeconds);
        var courseIds = recordings.Select(r => r.CourseId).Distinct().ToList();
        var learners = (await db.Enrollments.AsNoTracking()
                .Where(e => courseIds.Contains(e.CourseId) && (e.Roles & CourseRoles.Learner) != 0)
                .Select(e => new { e.CourseId, e.PersonId })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.CourseId, e => e.PersonId);
        foreach (var recording in recordings)
        {
            var date = DateOnly.FromDateTime(recording.StartsAt.UtcDateTime);
            var audience = recording.Participants.Count > 0 ? recording.Participants : learners[recording.CourseId];
            foreach (var person in audience)
            {
                signals.AddRecording(recording.CourseId, person, date, recording.DurationMs!.Value / 1000.0, watched.GetValueOrDefault((recording.Id, person)));
            }
        }
    }
}

/// <summary>The signals of a platform's students, their known outcomes, and the ids behind the keys.</summary>
/// <param name="Outcomes">True when the student failed or dropped out of the course, by (course key, student key).</param>
public sealed record PlatformSignals(
    IReadOnlyList<StudentSignals> Students,
    IReadOnlyDictionary<(string Course, string Student), bool> Outcomes,
    IReadOnlyDictionary<string, long> CourseIds,
    IReadOnlyDictionary<string, long> PersonIds)
{
    /// <summary>The students whose outcome is known, with it: a model's training history.</summary>
    public IReadOnlyList<LabelledSignals> Labelled() =>
        [.. Students.Where(s => Outcomes.ContainsKey((s.CourseKey, s.StudentKey))).Select(s => new LabelledSignals(s, Outcomes[(s.CourseKey, s.StudentKey)]))];
}
