using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Teams;

/// <summary>The Teams source's log entries. None carries a token, a secret or a client state.</summary>
internal static partial class TeamsLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Call} answered HTTP {StatusCode}; retrying in {WaitSeconds} s (attempt {Attempt})")]
    public static partial void Retrying(ILogger logger, string call, int statusCode, double waitSeconds, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Microsoft Graph refused the access token for {Call}; fetching a fresh one")]
    public static partial void RefreshingToken(ILogger logger, string call);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Refused a Graph notification: {Reason}")]
    public static partial void NotificationRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Graph lifecycle notification {LifecycleEvent} for subscription {SubscriptionId}")]
    public static partial void Lifecycle(ILogger logger, string lifecycleEvent, string? subscriptionId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Created Graph subscription {SubscriptionId} on {Resource}, expiring {ExpiresAt:o}")]
    public static partial void SubscriptionCreated(ILogger logger, string? subscriptionId, string resource, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Renewed Graph subscription {SubscriptionId} until {ExpiresAt:o}")]
    public static partial void SubscriptionRenewed(ILogger logger, string subscriptionId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Keeping the Graph subscriptions failed; polling goes on")]
    public static partial void SubscriptionsFailed(ILogger logger, Exception ex);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Polled Teams recordings of organizer {Organizer}: {Count} recording(s), {Skipped} of meetings no course is linked to")]
    public static partial void Polled(ILogger logger, string organizer, int count, int skipped);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "The Teams polling cursor is unreadable; starting again from the lookback window")]
    public static partial void UnreadableCursor(ILogger logger);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Teams recording {ExternalId} of meeting {MeetingId}: {Outcome} {Detail}")]
    public static partial void Completed(ILogger logger, string externalId, string? meetingId, ImportOutcome outcome, string? detail);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "The delta link of organizer {Organizer} expired; listing again from the lookback window")]
    public static partial void DeltaExpired(ILogger logger, string organizer);

    [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "Ignored a Graph notification on {Resource}")]
    public static partial void Ignored(ILogger logger, string? resource);
}
