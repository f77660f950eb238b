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
            RemoteAddress = record.RemoteAddress,
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

    public string? RemoteAddress { get; init; }

    public string? Detail { get; init; }
}
