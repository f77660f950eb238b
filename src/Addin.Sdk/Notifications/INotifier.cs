namespace Addin.Sdk.Notifications;

/// <summary>Delivers a notification (email, a Teams channel, …).</summary>
public interface INotifier
{
    /// <summary>Sends it. Throws when delivery failed, so the host can retry.</summary>
    Task SendAsync(Notification notification, CancellationToken cancellationToken);
}

/// <summary>What to tell whom.</summary>
public sealed record Notification
{
    /// <summary>Email addresses of the people to tell; channel notifiers may ignore them.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>A one-line subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The message as plain text.</summary>
    public required string Text { get; init; }

    /// <summary>The message as HTML (already encoded), when there is one.</summary>
    public string? Html { get; init; }

    /// <summary>A link to act on it, when there is one.</summary>
    public Uri? Link { get; init; }

    /// <summary>True for operations alerts.</summary>
    public bool IsAlert { get; init; }
}
