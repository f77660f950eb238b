namespace Addin.Core.Retention;

/// <summary>What a retention run did (or, dry, would do) to each recording a policy reached, and why.</summary>
public sealed class RetentionReport(bool dryRun, DateTimeOffset at)
{
    public bool DryRun { get; } = dryRun;

    public DateTimeOffset At { get; } = at;

    public List<RetentionItem> Items { get; } = [];

    public int Count(RetentionStep step) => Items.Count(i => i.Step == step && i.Problem is null);
}

/// <summary>One step for one recording; <see cref="Problem"/> says why it failed, when it did.</summary>
public sealed record RetentionItem(long RecordingId, string Title, string Course, RetentionStep Step, string Why)
{
    public string? Problem { get; init; }
}

/// <summary>What retention does to a recording.</summary>
public enum RetentionStep
{
    /// <summary>Its instructors are told it will be deleted.</summary>
    Notice,

    /// <summary>Deleted (media, renditions, captions, transcript, recap; the row stays as a tombstone).</summary>
    Delete,

    /// <summary>Its media moved to a cooler storage tier.</summary>
    Move,

    /// <summary>Due for deletion, but marked to keep.</summary>
    SparedByKeep,

    /// <summary>Due for deletion, but under legal hold.</summary>
    SparedByLegalHold,
}
