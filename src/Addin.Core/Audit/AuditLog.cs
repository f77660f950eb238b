using Addin.Core.Persistence;

namespace Addin.Core.Audit;

/// <summary>Writes the audit trail: every view, download, change and refusal.</summary>
public sealed class AuditLog(AddinDbContext db, TimeProvider time)
{
    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            PersonId = record.PersonId,
            PlatformId = record.PlatformId,
            Action = record.Action,
            TargetType = record.TargetType,
            TargetId = record.TargetId,
            Allowed = record.Allowed,
            Channel = record.Origin.Channel,
            RemoteAddress = record.Origin.RemoteAddress,
            UserAgent = record.Origin.UserAgent,
            Detail = record.Detail is { Length: > 2000 } d ? d[..2000] : record.Detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>One thing to audit.</summary>
public sealed record AuditRecord(string Action, string TargetType, string? TargetId, bool Allowed)
{
    public long? PersonId { get; init; }

    public long? PlatformId { get; init; }

    /// <summary>Where it came from: required, so no caller forgets to say (a web request, the command line or a job).</summary>
    public required AuditOrigin Origin { get; init; }

    public string? Detail { get; init; }
}
