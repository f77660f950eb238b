namespace Addin.Core.Audit;

/// <summary>A record of an access or change: who, what, when, from where, and whether it was allowed.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public long? PersonId { get; set; }

    public long? PlatformId { get; set; }

    public required string Action { get; set; }

    public required string TargetType { get; set; }

    public string? TargetId { get; set; }

    public bool Allowed { get; set; }

    /// <summary>How the action reached Addin; null on entries written before this was recorded.</summary>
    public AuditChannel? Channel { get; set; }

    public string? RemoteAddress { get; set; }

    /// <summary>The client's <c>User-Agent</c> header, for actions through the web.</summary>
    public string? UserAgent { get; set; }

    public string? Detail { get; set; }
}
