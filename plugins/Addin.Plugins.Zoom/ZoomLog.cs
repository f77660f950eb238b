using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Zoom;

/// <summary>The Zoom source's log entries. None carries a token, a secret or a signature.</summary>
internal static partial class ZoomLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Call} answered HTTP {StatusCode}; retrying in {WaitSeconds} s (attempt {Attempt})")]
    public static partial void Retrying(ILogger logger, string call, int statusCode, double waitSeconds, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Zoom refused the OAuth token for {Url}; fetching a fresh one")]
    public static partial void RefreshingToken(ILogger logger, string url);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Zoom refused the download token for {Url} (HTTP {StatusCode}); using the OAuth app instead")]
    public static partial void DownloadTokenRefused(ILogger logger, string url, int statusCode);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Zoom event {Event} for meeting {MeetingId} announced {Count} recording(s)")]
    public static partial void Announced(ILogger logger, string @event, long meetingId, int count);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Polled Zoom recordings {From}..{To}: {Meetings} meeting(s), {Skipped} not linked to a course")]
    public static partial void Polled(ILogger logger, DateOnly from, DateOnly to, int meetings, int skipped);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "The Zoom polling cursor '{Cursor}' is unreadable; starting again from the lookback window")]
    public static partial void UnreadableCursor(ILogger logger, string cursor);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Zoom recording {ExternalId} of meeting {MeetingId}: {Outcome} {Detail}")]
    public static partial void Completed(ILogger logger, string externalId, string? meetingId, Addin.Sdk.Recordings.ImportOutcome outcome, string? detail);
}
