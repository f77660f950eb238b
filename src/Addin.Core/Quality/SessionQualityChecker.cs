using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Core.Quality;

/// <summary>
/// Checks a session against the quality rules and stores the outcome: its flags and its time per plan topic. Checking
/// again updates the open flags' evidence and drops open flags that no longer hold; a flag a reviewer resolved or
/// dismissed stays as they left it.
/// </summary>
public sealed class SessionQualityChecker(AddinDbContext db, CurriculumPlans plans, IOptions<QualityOptions> options, TimeProvider time)
{
    /// <summary>Checks the session; returns what the rules found, or null when there is no such session.</summary>
    public async Task<IReadOnlyList<QualityFinding>?> CheckAsync(long sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Instructor).SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var recordings = await db.Recordings.AsNoTracking()
            .Where(r => r.SessionId == sessionId && r.Status != RecordingStatus.Duplicate)
            .Select(r => new { r.Id, r.Title, r.Status, r.DurationMs })
            .ToListAsync(cancellationToken);
        var facts = recordings.Select(r => new RecordingFacts(r.Id, r.Title, r.Status == RecordingStatus.Ready, r.DurationMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null)).ToList();
        var recorded = facts.Where(r => r.Ready).OrderByDescending(r => r.Duration).ThenBy(r => r.Id).FirstOrDefault();

        var lines = recorded is null
            ? []
            : await db.TranscriptLines.AsNoTracking()
                .Where(l => db.Transcripts.Any(t => t.Id == l.TranscriptId && t.RecordingId == recorded.Id))
                .OrderBy(l => l.Index)
                .ToListAsync(cancellationToken);
        var plan = await plans.ForCourseAsync(session.CourseId, cancellationToken);
        var topics = lines.Count > 0 && plan.Count > 0 ? TopicTimes.Of(lines, plan) : [];

        var findings = SessionQualityRules.Evaluate(
            new SessionFacts(session.StartsAt, session.EndsAt, facts, recorded, lines, topics, session.Instructor?.DisplayName), options.Value, now);
        await StoreFlagsAsync(sessionId, findings, now, cancellationToken);
        await StoreCoverageAsync(sessionId, topics, cancellationToken);
        await MarkCheckedAsync(sessionId, now, RecheckAfter(session.EndsAt, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return findings;
    }

    /// <summary>
    /// The sessions that need a check: those whose scheduled end has passed, or that have a ready recording, and that
    /// were never checked or have a recording that changed since.
    /// </summary>
    public Task<List<long>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Sessions.AsNoTracking()
            .Where(s => (s.EndsAt != null && s.EndsAt <= now) || db.Recordings.Any(r => r.SessionId == s.Id && r.Status == RecordingStatus.Ready))
            .Where(s => !db.QualityChecks.Any(c => c.SessionId == s.Id) ||
                        db.QualityChecks.Any(c => c.SessionId == s.Id && c.RecheckAfter != null && c.RecheckAfter <= now) ||
                        db.Recordings.Any(r => r.SessionId == s.Id && db.QualityChecks.Any(c => c.SessionId == s.Id && r.UpdatedAt > c.CheckedAt)))
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task StoreFlagsAsync(long sessionId, IReadOnlyList<QualityFinding> findings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.QualityFlags.Where(f => f.SessionId == sessionId).ToListAsync(cancellationToken);
        foreach (var stale in existing.Where(f => f.Status == QualityFlagStatus.Open && findings.All(x => x.Kind != f.Kind)))
        {
            db.QualityFlags.Remove(stale);
        }

        foreach (var finding in findings)
        {
            var flag = existing.SingleOrDefault(f => f.Kind == finding.Kind);
            if (flag is null)
            {
                flag = new QualityFlag { SessionId = sessionId, Kind = finding.Kind, Evidence = finding.Evidence, DetectedAt = now, Status = QualityFlagStatus.Open };
                db.QualityFlags.Add(flag);
            }
            else if (flag.Status != QualityFlagStatus.Open)
            {
                continue;
            }

            flag.Evidence = finding.Evidence.Length > 2000 ? finding.Evidence[..2000] : finding.Evidence;
            flag.RecordingId = finding.RecordingId;
            flag.AtMs = finding.At is { } at ? (long)at.TotalMilliseconds : null;
        }
    }

    private async Task StoreCoverageAsync(long sessionId, IReadOnlyList<TopicTime> topics, CancellationToken cancellationToken)
    {
        db.TopicCoverage.RemoveRange(await db.TopicCoverage.Where(c => c.SessionId == sessionId).ToListAsync(cancellationToken));
        db.TopicCoverage.AddRange(topics.Select(t => new TopicCoverage { SessionId = sessionId, TopicId = t.TopicId, Minutes = Math.Round(t.Spoken.TotalMinutes, 2), Mentions = t.Mentions }));
    }

    /// <summary>A session checked before its end, or before a missing recording counts as missing, is checked again then.</summary>
    private DateTimeOffset? RecheckAfter(DateTimeOffset? endsAt, DateTimeOffset now) =>
        endsAt is not { } end ? null
        : now < end ? end
        : now < end + options.Value.NoRecordingGrace ? end + options.Value.NoRecordingGrace
        : null;

    private async Task MarkCheckedAsync(long sessionId, DateTimeOffset now, DateTimeOffset? recheckAfter, CancellationToken cancellationToken)
    {
        var check = await db.QualityChecks.SingleOrDefaultAsync(c => c.SessionId == sessionId, cancellationToken);
        if (check is null)
        {
            check = new QualityCheck { SessionId = sessionId };
            db.QualityChecks.Add(check);
        }

        check.CheckedAt = now;
        check.RecheckAfter = recheckAfter;
    }
}
