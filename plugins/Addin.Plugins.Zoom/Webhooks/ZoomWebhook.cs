using System.Text.Json;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Zoom.Webhooks;

/// <summary>
/// Answers Zoom's webhook requests: every request must carry a fresh, valid signature; <c>endpoint.url_validation</c>
/// is answered with the encrypted token; <c>recording.completed</c> announces the meeting's recordings. Other events are
/// acknowledged and ignored, so Zoom does not send them again.
/// </summary>
internal sealed class ZoomWebhook(ZoomSourceSettings settings, TimeProvider time, ILogger logger)
{
    public const string UrlValidationEvent = "endpoint.url_validation";
    public const string RecordingCompletedEvent = "recording.completed";

    private const int MaxPlainTokenLength = 256;

    public WebhookResult Handle(WebhookRequest request, SourceScope scope)
    {
        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(405, $"Zoom sends webhooks with POST, not {request.Method}.");
        }

        string? problem = ZoomSignature.Verify(settings.WebhookSecretToken!, Header(request, ZoomSignature.SignatureHeader),
            Header(request, ZoomSignature.TimestampHeader), request.Body.Span, time.GetUtcNow());
        if (problem is not null)
        {
            return Refuse(401, "Refused: " + problem + ".");
        }

        ZoomEvent? zoomEvent;
        try
        {
            zoomEvent = JsonSerializer.Deserialize<ZoomEvent>(request.Body.Span, ZoomJson.Options);
        }
        catch (JsonException ex)
        {
            return Refuse(400, $"The body is not the JSON of a Zoom event: {ex.Message}");
        }

        return zoomEvent?.Event switch
        {
            UrlValidationEvent => Validate(zoomEvent),
            RecordingCompletedEvent => Announce(zoomEvent, scope),
            null => Refuse(400, "The body has no \"event\"."),
            _ => new WebhookResult { StatusCode = 200 },
        };
    }

    private WebhookResult Validate(ZoomEvent zoomEvent)
    {
        if (zoomEvent.Payload?.PlainToken is not { Length: > 0 and <= MaxPlainTokenLength } plainToken)
        {
            return Refuse(400, $"{UrlValidationEvent} without a payload.plainToken (of at most {MaxPlainTokenLength} characters).");
        }

        return new WebhookResult
        {
            StatusCode = 200,
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new { plainToken, encryptedToken = ZoomSignature.EncryptToken(settings.WebhookSecretToken!, plainToken) }),
        };
    }

    private WebhookResult Announce(ZoomEvent zoomEvent, SourceScope scope)
    {
        if (zoomEvent.Payload?.Object is not { } meeting)
        {
            return Refuse(400, $"{RecordingCompletedEvent} without payload.object (the recorded meeting).");
        }

        var recordings = RecordingMapper.Map(meeting, zoomEvent.DownloadToken, scope);
        ZoomLog.Announced(logger, RecordingCompletedEvent, meeting.Id, recordings.Count);
        return new WebhookResult { StatusCode = 200, Recordings = recordings };
    }

    private static WebhookResult Refuse(int status, string reason) => new() { StatusCode = status, Body = reason, RefusalReason = reason };

    private static string? Header(WebhookRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value)
            ? value
            : request.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
