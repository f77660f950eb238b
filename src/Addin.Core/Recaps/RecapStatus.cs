namespace Addin.Core.Recaps;

/// <summary>Where a recap stands in its review. Stored by name.</summary>
public enum RecapStatus
{
    /// <summary>Drafted by a summariser; only those who manage the session see it.</summary>
    Draft,

    /// <summary>Approved as drafted; students and their mentors see it.</summary>
    Approved,

    /// <summary>Changed by the instructor and published as changed; students and their mentors see it.</summary>
    Edited,

    /// <summary>Rejected; nobody but those who manage the session sees it.</summary>
    Rejected,
}

/// <summary>What each status means for who may see a recap.</summary>
public static class RecapStatuses
{
    /// <summary>True for the statuses students and mentors may see.</summary>
    public static bool IsPublished(this RecapStatus status) => status is RecapStatus.Approved or RecapStatus.Edited;
}
