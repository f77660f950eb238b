using Addin.Sdk.Notifications;

namespace Addin.Web.Tests.Notifications;

/// <summary>A notifier that keeps what it was given, or fails as a notifier that is down does.</summary>
internal sealed class CapturingNotifier : INotifier
{
    public List<Notification> Sent { get; } = [];

    /// <summary>When set, every send fails with this message.</summary>
    public string? Failure { get; set; }

    public Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            throw new InvalidOperationException(Failure);
        }

        Sent.Add(notification);
        return Task.CompletedTask;
    }
}
