using Addin.Core.Recordings;
using Addin.Core.Sessions;

namespace Addin.Core.Alerts;

/// <summary>
/// One notification about a recording (or a session's missing recording) to one audience through one notifier: who was told what, when, and whether it
/// went out. <see cref="Key"/> is unique, so the same event tells the same audience once however often its job runs.
/// </summary>
public sealed class Alert
{
    public long Id { get; set; }

    /// <summary>What this alert is about and for whom, e.g. <c>recording:12:failed:345:operations:smtp</c>.</summary>
    public required string Key { get; set; }

    /// <summary>The recording it is about; null for a session whose recording never arrived.</summary>
    public long? RecordingId { get; set; }

    public Recording? Recording { get; set; }

    /// <summary>The scheduled session whose recording never arrived, for <see cref="AlertKind.RecordingMissing"/>.</summary>
    public long? SessionId { get; set; }

    public Session? Session { get; set; }

    public AlertKind Kind { get; set; }

    public AlertAudience Audience { get; set; }

    /// <summary>The notifier provider that carries it (<c>smtp</c>, <c>teams-webhook</c>, …).</summary>
    public required string NotifierId { get; set; }

    /// <summary>The email addresses told, comma-separated; empty for channel notifiers.</summary>
    public required string Recipients { get; set; }

    public required string Subject { get; set; }

    public AlertStatus Status { get; set; }

    /// <summary>Why the last attempt to send it failed, or why nobody could be told.</summary>
    public string? Error { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>What an alert is about.</summary>
public enum AlertKind
{
    /// <summary>A recording failed for good.</summary>
    RecordingFailed = 0,

    /// <summary>A recording became ready to play.</summary>
    RecordingReady = 1,

    /// <summary>A scheduled session ended and no recording of it arrived within the grace period.</summary>
    RecordingMissing = 2,

    /// <summary>A recording's recap was drafted and awaits its instructor's review.</summary>
    RecapDrafted = 3,
}

/// <summary>Who an alert is for.</summary>
public enum AlertAudience
{
    /// <summary>The people who run Addin.</summary>
    Operations = 0,

    /// <summary>The course's instructors (or the session's instructor and substitute).</summary>
    Instructors = 1,
}

/// <summary>Where an alert stands.</summary>
public enum AlertStatus
{
    /// <summary>Being sent, or to be sent again.</summary>
    Pending = 0,

    /// <summary>The notifier accepted it.</summary>
    Sent = 1,

    /// <summary>The last attempt failed; the job engine tries again.</summary>
    Failed = 2,

    /// <summary>Nobody could be told (for example, no instructor has an email address).</summary>
    Skipped = 3,
}
