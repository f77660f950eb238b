using System.Text.Json;
using System.Text.Json.Serialization;

namespace Addin.Plugins.Zoom;

/// <summary>Zoom's JSON: snake_case names, numbers where ids are numeric.</summary>
internal static class ZoomJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

/// <summary>A webhook event: <c>{event, event_ts, download_token, payload}</c>.</summary>
internal sealed record ZoomEvent(string? Event, long? EventTs, string? DownloadToken, ZoomEventPayload? Payload);

/// <summary>An event's payload: the recorded meeting for recording events, the plain token for URL validation.</summary>
internal sealed record ZoomEventPayload(string? AccountId, ZoomMeeting? Object, [property: JsonPropertyName("plainToken")] string? PlainToken);

/// <summary>A recorded meeting, as both the webhook and the recordings list describe it.</summary>
internal sealed record ZoomMeeting(
    long Id,
    string? Uuid,
    string? HostId,
    string? HostEmail,
    string? Topic,
    DateTimeOffset? StartTime,
    int? Duration,
    IReadOnlyList<ZoomRecordingFile>? RecordingFiles);

/// <summary>One file of a cloud recording.</summary>
internal sealed record ZoomRecordingFile(
    string? Id,
    string? MeetingId,
    DateTimeOffset? RecordingStart,
    DateTimeOffset? RecordingEnd,
    string? FileType,
    string? FileExtension,
    long? FileSize,
    string? DownloadUrl,
    string? Status,
    string? RecordingType);

/// <summary>A page of <c>GET /users/{userId}/recordings</c>.</summary>
internal sealed record ZoomRecordingsPage(string? From, string? To, int? PageSize, int? TotalRecords, string? NextPageToken, IReadOnlyList<ZoomMeeting>? Meetings);

/// <summary>The answer of <c>POST /oauth/token</c>.</summary>
internal sealed record ZoomToken(string? AccessToken, string? TokenType, int? ExpiresIn);
