using Addin.Core.Courses;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Playback;

/// <summary>Reads how much of a recording people watched. Callers decide who may see whose (see the recording page).</summary>
public sealed class WatchProgress(AddinDbContext db)
{
    /// <summary>The person's own progress on the recording, or null before they played it.</summary>
    public Task<PlaybackProgress?> OfPersonAsync(long personId, long recordingId, CancellationToken cancellationToken) =>
        db.PlaybackProgress.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId && p.RecordingId == recordingId, cancellationToken);

    /// <summary>The person's speed and captions, or null when they never changed them.</summary>
    public Task<PlayerPreference?> PreferenceAsync(long personId, CancellationToken cancellationToken) =>
        db.PlayerPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);

    /// <summary>
    /// Every student the recording is for (the session's participants, or for a class session the course's learners),
    /// by name, with what they watched; those who never played it watched nothing.
    /// </summary>
    public async Task<IReadOnlyList<StudentWatch>> OfStudentsAsync(long recordingId, CancellationToken cancellationToken)
    {
        var recording = await db.Recordings.AsNoTracking().Where(r => r.Id == recordingId)
            .Select(r => new { r.CourseId, r.SessionId, r.DurationMs }).SingleAsync(cancellationToken);
        var participants = db.SessionParticipants.Where(p => p.SessionId == recording.SessionId).Select(p => p.PersonId);
        bool hasParticipants = await participants.AnyAsync(cancellationToken);
        var students = hasParticipants
            ? db.People.Where(p => participants.Contains(p.Id))
            : db.People.Where(p => db.Enrollments.Any(e => e.PersonId == p.Id && e.CourseId == recording.CourseId && (e.Roles & CourseRoles.Learner) != 0));
        var rows = await students
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Email,
                p.Subject,
                Progress = db.PlaybackProgress.FirstOrDefault(w => w.PersonId == p.Id && w.RecordingId == recordingId),
            })
            .ToListAsync(cancellationToken);
        double duration = (recording.DurationMs ?? 0) / 1000.0;
        return [.. rows
            .Select(r => new StudentWatch(r.Id, r.Name ?? r.Email ?? r.Subject, r.Progress?.Watched ?? WatchedRanges.None, duration))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}

/// <summary>A student's watched parts of a recording <see cref="Duration"/> seconds long.</summary>
public sealed record StudentWatch(long PersonId, string Name, WatchedRanges Watched, double Duration)
{
    /// <summary>The share watched, 0 to 1.</summary>
    public double Share => Duration > 0 ? Math.Min(1, Watched.TotalSeconds / Duration) : 0;
}
