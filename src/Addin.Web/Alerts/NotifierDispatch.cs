using Addin.Core.Providers;
using Addin.Sdk.Notifications;

namespace Addin.Web.Alerts;

/// <summary>Hands a notification to one of a platform's notifiers, turning any failure into a message to record.</summary>
internal static class NotifierDispatch
{
    /// <summary>The longest failure message kept (the columns that store it are this long).</summary>
    public const int MaxErrorLength = 2000;

    /// <summary>Sends it; returns why it failed (at most <see cref="MaxErrorLength"/> characters), or null when the notifier accepted it.</summary>
    public static async Task<string?> TrySendAsync(IPlatformProviders providers, long platformId, string notifierId, Notification notification, CancellationToken cancellationToken)
    {
        try
        {
            var notifier = await providers.GetNotifierAsync(platformId, notifierId, cancellationToken);
            await notifier.SendAsync(notification, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Notifiers are plugin code and may throw anything; their messages name the server and the failure, never a password or a webhook URL.
            return ex.Message.Length > MaxErrorLength ? ex.Message[..MaxErrorLength] : ex.Message;
        }
    }
}
