using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Sdk.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Core.Retention;

/// <summary>
/// Applies each recording's retention policy (its course's, else its platform's): tells the instructors
/// <see cref="RetentionOptions.NoticeBefore"/> ahead (once), deletes when the policy's time is up and the notice has had
/// its time, spares what is marked to keep or under legal hold, and moves media to a cooler tier when the store has
/// tiers. A dry run reports the same and changes nothing. Every deletion and move is audited with its policy.
/// </summary>
public sealed class RetentionRun(
    AddinDbContext db,
    RetentionPolicies policies,
    RecordingDeletion deletion,
    IPlatformProviders providers,
    IRetentionNotices notices,
    IOptions<RetentionOptions> options,
    AuditLog audit,
    TimeProvider time)
{
    /// <param name="origin">Who runs it (the command line or the daily job), for the audit events.</param>
    public async Task<RetentionReport> RunAsync(bool dryRun, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var report = new RetentionReport(dryRun, time.GetUtcNow());
        var all = await policies.AllAsync(cancellationToken);
        var recordings = await db.Recordings.Include(r => r.Course).ThenInclude(c => c!.Platform)
            .Where(r => r.Status == RecordingStatus.Ready || r.Status == RecordingStatus.Failed || r.Status == RecordingStatus.Duplicate)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var recording in recordings)
        {
            if (all.For(recording.Course!) is { } policy)
            {
                await ApplyAsync(recording, policy, report, origin, cancellationToken);
            }
        }

        return report;
    }

    private async Task ApplyAsync(Recording recording, ScopedPolicy scoped, RetentionReport report, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var now = report.At;
        var policy = scoped.Policy;
        string why = scoped.Description;
        string imported = recording.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (policy.DeleteAfterDays is { } days)
        {
            var due = recording.CreatedAt.AddDays(days);
            var lead = options.Value.NoticeBefore;
            if (now >= due - lead && (recording.LegalHold is not null || recording.Keep))
            {
                report.Items.Add(Item(recording, recording.LegalHold is not null ? RetentionStep.SparedByLegalHold : RetentionStep.SparedByKeep,
                    recording.LegalHold is not null ? $"{why}: due {Day(due)}, but under legal hold ({recording.LegalHold})" : $"{why}: due {Day(due)}, but marked to keep"));
            }
            else if (now >= due - lead)
            {
                var noticeAt = recording.RetentionNoticeAt;
                if (noticeAt is null)
                {
                    var deleteOn = due > now + lead ? due : now + lead;
                    var item = Item(recording, RetentionStep.Notice, $"{why}: imported {imported}, to be deleted on or after {Day(deleteOn)}");
                    if (!report.DryRun && await NotifyAsync(recording, deleteOn, why, origin, cancellationToken) is { } problem)
                    {
                        report.Items.Add(item with { Problem = problem });
                        return;
                    }

                    report.Items.Add(item);
                    noticeAt = now;
                }

                if (now >= due && now >= noticeAt.Value + lead)
                {
                    await DeleteAsync(recording, $"{why}: imported {imported}, instructors told {Day(noticeAt.Value)}", report, origin, cancellationToken);
                    return;
                }
            }
        }

        if (policy is { MoveAfterDays: { } moveDays, Tier: { } tierName } && now >= recording.CreatedAt.AddDays(moveDays) &&
            recording.StorageTier != tierName && recording.MediaKey is not null && Enum.TryParse<MediaTier>(tierName, out var tier))
        {
            await MoveAsync(recording, tier, $"{why}: imported {imported}", report, origin, cancellationToken);
        }
    }

    private async Task<string?> NotifyAsync(Recording recording, DateTimeOffset deleteOn, string why, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var course = recording.Course!;
        string? problem = await notices.SendAsync(new RetentionNotice(recording.Id, course.Id, course.PlatformId, recording.Title, course.Title, deleteOn, why), cancellationToken);
        if (problem is null)
        {
            recording.RetentionNoticeAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await AuditAsync(recording, AuditActions.RetentionNotice, $"deletion on or after {Day(deleteOn)} by {why}", origin, cancellationToken);
        }

        return problem;
    }

    private async Task DeleteAsync(Recording recording, string why, RetentionReport report, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var item = Item(recording, RetentionStep.Delete, why);
        if (report.DryRun)
        {
            report.Items.Add(item);
            return;
        }

        var result = await deletion.DeleteAsync(recording, null, $"retention: {why}", cancellationToken);
        await AuditAsync(recording, AuditActions.RetentionDelete, $"{why}; {result.MediaDeleted.Count} media objects deleted", origin, cancellationToken);
        report.Items.Add(result.MediaFailures.Count == 0 ? item : item with { Problem = "not removed from the store: " + string.Join("; ", result.MediaFailures) });
    }

    private async Task MoveAsync(Recording recording, MediaTier tier, string why, RetentionReport report, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var item = Item(recording, RetentionStep.Move, $"{why}: to {tier}");
        var store = (await providers.GetMediaStoreAsync(recording.Course!.PlatformId, cancellationToken)).Provider;
        if (store is not ITieredMediaStore tiered)
        {
            report.Items.Add(item with { Problem = "the platform's media store has no storage tiers; nothing was moved" });
            return;
        }

        if (report.DryRun)
        {
            report.Items.Add(item);
            return;
        }

        foreach (string key in recording.StoredKeys())
        {
            await tiered.SetTierAsync(key, tier, cancellationToken);
        }

        recording.StorageTier = tier.ToString();
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(recording, AuditActions.RetentionMove, item.Why, origin, cancellationToken);
        report.Items.Add(item);
    }

    private Task AuditAsync(Recording recording, string action, string detail, AuditOrigin origin, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditRecord(action, "recording", recording.Id.ToString(CultureInfo.InvariantCulture), Allowed: true) { PlatformId = recording.Course!.PlatformId, Origin = origin, Detail = detail },
            cancellationToken);

    private static RetentionItem Item(Recording recording, RetentionStep step, string why) => new(recording.Id, recording.Title, recording.Course!.Title, step, why);

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
