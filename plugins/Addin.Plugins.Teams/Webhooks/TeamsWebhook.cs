using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Addin.Plugins.Teams.Graph;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Teams.Webhooks;

/// <summary>
/// Answers Graph's requests to the webhook URL: the <c>validationToken</c> handshake is echoed as text; every
/// notification must carry the configured <c>clientState</c> (one wrong one refuses the whole batch, nothing is
/// imported); a new recording is read from Graph and announced; lifecycle events renew (<c>reauthorizationRequired</c>),
/// recreate (<c>subscriptionRemoved</c>) or catch up by listing the lookback window (<c>missed</c>).
/// </summary>
internal sealed class TeamsWebhook(TeamsSourceSettings settings, TeamsRecordings recordings, Subscriptions subscriptions, ILogger logger)
{
    public const string ValidationTokenParameter = "validationToken";
    private const int MaxValidationTokenLength = 1024;

    public async Task<WebhookResult> HandleAsync(WebhookRequest request, SourceScope scope, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(405, $"Microsoft Graph sends notifications with POST, not {request.Method}.");
        }

        if (request.Query.TryGetValue(ValidationTokenParameter, out string? validationToken))
        {
            // Graph checks the URL when a subscription is made: the token must come back as plain text within 10 seconds.
            return validationToken is { Length: > 0 and <= MaxValidationTokenLength }
                ? new WebhookResult { StatusCode = 200, ContentType = "text/plain", Body = validationToken }
                : Refuse(400, $"The validationToken must be 1 to {MaxValidationTokenLength} characters.");
        }

        GraphNotificationBatch? batch;
        try
        {
            batch = GraphNotificationBatch.Parse(request.Body.Span);
        }
        catch (JsonException ex)
        {
            return Refuse(400, $"The body is not the JSON of Graph notifications: {ex.Message}");
        }

        if (batch?.Value is not { Count: > 0 } notifications)
        {
            return Refuse(400, "The body has no notifications (\"value\" is missing or empty).");
        }

        if (notifications.Any(n => !ClientStateMatches(n.ClientState)))
        {
            return Refuse(401, "A notification's clientState is not this platform's; it was not sent by our Graph subscription. Nothing was imported.");
        }

        var announced = new List<RecordingReference>();
        try
        {
            foreach (var notification in notifications)
            {
                announced.AddRange(await HandleAsync(notification, scope, cancellationToken));
            }
        }
        catch (TeamsApiException ex)
        {
            // Graph sends the notification again later, and polling catches up too.
            return Refuse(503, ex.Message);
        }

        return new WebhookResult { StatusCode = 202, Recordings = announced.DistinctBy(r => r.ExternalId).ToList() };
    }

    private async Task<IReadOnlyList<RecordingReference>> HandleAsync(GraphNotification notification, SourceScope scope, CancellationToken cancellationToken)
    {
        if (notification.LifecycleEvent is { } lifecycle)
        {
            TeamsLog.Lifecycle(logger, lifecycle, notification.SubscriptionId);
            switch (lifecycle)
            {
                case "reauthorizationRequired" when notification.SubscriptionId is { Length: > 0 } id:
                    await subscriptions.RenewAsync(id, cancellationToken);
                    return [];
                case "subscriptionRemoved":
                    await subscriptions.EnsureAsync(cancellationToken);
                    return [];
                case "missed":
                    return await recordings.CatchUpAsync(scope, cancellationToken);
                default:
                    return [];
            }
        }

        if (notification.ChangeType != "created" || MeetingIds.ParseResource(notification.Resource) is not { Kind: "recordings" } resource)
        {
            TeamsLog.Ignored(logger, notification.Resource);
            return [];
        }

        var recording = await recordings.ReadAsync(resource.MeetingId, notification.ResourceData?.Id ?? resource.ItemId, scope, cancellationToken);
        return recording is null ? [] : [recording];
    }

    private bool ClientStateMatches(string? clientState) =>
        clientState is not null && settings.ClientState is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(clientState), Encoding.UTF8.GetBytes(settings.ClientState));

    private WebhookResult Refuse(int status, string reason)
    {
        TeamsLog.NotificationRefused(logger, reason);
        return new WebhookResult { StatusCode = status, Body = reason, RefusalReason = reason };
    }
}
