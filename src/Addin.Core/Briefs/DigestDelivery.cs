using Addin.Core.Alerts;
using Addin.Core.People;

namespace Addin.Core.Briefs;

/// <summary>
/// One parent digest sent (or being sent) to one parent or mentor: the recaps approved in (<see cref="Since"/>,
/// <see cref="Until"/>]. There is one a parent and period (<see cref="Until"/>), so a run that is repeated, restarted
/// or run by a second worker sends it once; the next digest starts where the last sent one ended.
/// </summary>
public sealed class DigestDelivery
{
    public long Id { get; set; }

    public long ParentId { get; set; }

    public Person? Parent { get; set; }

    /// <summary>The end of the last digest sent to the parent, or the first digest's look-back.</summary>
    public DateTimeOffset Since { get; set; }

    /// <summary>The period this digest is for: the scheduled time it was due at, or when it was sent by hand.</summary>
    public DateTimeOffset Until { get; set; }

    /// <summary>How many approved recaps it holds, across the parent's children.</summary>
    public int RecapCount { get; set; }

    /// <summary>The email address it went to.</summary>
    public required string Recipient { get; set; }

    /// <summary>The notifier that carries it (<c>smtp</c>, …).</summary>
    public required string NotifierId { get; set; }

    public AlertStatus Status { get; set; }

    /// <summary>Why the last attempt to send it failed.</summary>
    public string? Error { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
