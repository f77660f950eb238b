using Addin.Core.Alerts;
using Addin.Core.Briefs;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Web.Alerts;
using Addin.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Briefs;

/// <summary>
/// Sends each parent or mentor the digest due to them (<see cref="ParentDigests"/>) through <c>Addin:Digests:Notifier</c>,
/// once a period: the delivery is recorded under its parent and period before it is sent and marked sent after, so a
/// repeated or restarted run sends only what has not gone out; a failure is recorded on it and tried again next run.
/// </summary>
public sealed partial class ParentDigestDelivery(
    AddinDbContext db,
    ParentDigests digests,
    IPlatformProviders providers,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<ParentDigestDelivery> logger)
{
    /// <summary>The digests due for the period ending at <paramref name="until"/>, without sending or recording anything.</summary>
    public Task<IReadOnlyList<DueDigest>> PreviewAsync(DateTimeOffset until, CancellationToken cancellationToken) =>
        digests.DueAsync(until, Zone, cancellationToken);

    /// <summary>Sends the digests due for the period ending at <paramref name="until"/>; returns each one with why it failed, or null when it went out.</summary>
    /// <exception cref="InvalidOperationException"><c>Addin:Digests:Notifier</c> is not set.</exception>
    public async Task<IReadOnlyList<(DueDigest Digest, string? Error)>> SendAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (options.Value.Notifier is not { Length: > 0 } notifierId)
        {
            throw new InvalidOperationException(
                $"{DigestOptions.SectionName}:{nameof(DigestOptions.Notifier)} is not set, so parent digests are not sent; set it to a notifier id such as \"smtp\".");
        }

        var outcomes = new List<(DueDigest, string?)>();
        foreach (var digest in await digests.DueAsync(until, Zone, cancellationToken))
        {
            var delivery = await ClaimAsync(digest, notifierId, cancellationToken);
            if (delivery is null)
            {
                continue;
            }

            delivery.Attempts++;
            string? error = await NotifierDispatch.TrySendAsync(providers, digest.PlatformId, notifierId, DigestMessage.For(digest, Zone), cancellationToken);
            delivery.Status = error is null ? AlertStatus.Sent : AlertStatus.Failed;
            delivery.SentAt = error is null ? time.GetUtcNow() : null;
            delivery.Error = error;
            await db.SaveChangesAsync(CancellationToken.None);
            if (error is null)
            {
                LogSent(logger, digest.ParentId, digest.RecapCount, notifierId);
            }
            else
            {
                LogNotSent(logger, digest.ParentId, notifierId, error);
            }

            outcomes.Add((digest, error));
        }

        return outcomes;
    }

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The delivery's record, created if new; null when another run recorded it first.</summary>
    private async Task<DigestDelivery?> ClaimAsync(DueDigest digest, string notifierId, CancellationToken cancellationToken)
    {
        // Due means not sent for this period, so an existing record is one that failed or was cut short: send it again.
        var delivery = await db.DigestDeliveries.SingleOrDefaultAsync(d => d.ParentId == digest.ParentId && d.Until == digest.Until, cancellationToken);
        if (delivery is not null)
        {
            delivery.Since = digest.Since;
            delivery.RecapCount = digest.RecapCount;
            delivery.Recipient = digest.Email;
            delivery.NotifierId = notifierId;
            return delivery;
        }

        delivery = new DigestDelivery
        {
            ParentId = digest.ParentId,
            Since = digest.Since,
            Until = digest.Until,
            RecapCount = digest.RecapCount,
            Recipient = digest.Email,
            NotifierId = notifierId,
            Status = AlertStatus.Pending,
            CreatedAt = time.GetUtcNow(),
        };
        db.DigestDeliveries.Add(delivery);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return delivery;
        }
        catch (DbUpdateException)
        {
            // Another run of the same period recorded it first: that run sends it.
            db.ChangeTracker.Clear();
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Parent digest with {Count} recap(s) sent to parent {ParentId} through {NotifierId}")]
    private static partial void LogSent(ILogger logger, long parentId, int count, string notifierId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parent digest to parent {ParentId} through {NotifierId} not sent: {Error}")]
    private static partial void LogNotSent(ILogger logger, long parentId, string notifierId, string error);
}
