namespace Addin.Core.Sessions;

/// <summary>A recurring schedule as it was asked for; its sessions are created from it, each with its own times.</summary>
public sealed class SessionSeries
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public required string Title { get; set; }

    /// <summary>The IANA time zone the local start time is in.</summary>
    public required string TimeZone { get; set; }

    /// <summary>The recurrence as written (<see cref="Recurrence.ToString"/>), e.g. <c>weekly:MO,WE;count=10</c>.</summary>
    public required string Recurrence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long? CreatedById { get; set; }
}
