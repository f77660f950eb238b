using Addin.Sdk.Recordings;
using Addin.Web.Audit;
using Addin.Web.Pipeline;

namespace Addin.Web.Apis;

/// <summary>
/// <c>POST /sources/{platformKey}/webhook</c>: where a remote service (Zoom) notifies a platform's recording source.
/// The request is passed on exactly as received (signatures cover the raw body); it is not a page session, so it
/// carries no session token and needs no antiforgery token — the source verifies it.
/// </summary>
public static class SourceWebhookEndpoint
{
    /// <summary>The largest body accepted; recording notifications are a few kilobytes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapSourceWebhookEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sources/{platformKey}/webhook", ReceiveAsync)
            .DisableAntiforgery()
            .WithName("SourceWebhook")
            .WithSummary("A recording source's webhook (for example Zoom's recording.completed).");
        return app;
    }

    private static async Task<IResult> ReceiveAsync(string platformKey, HttpContext http, SourceWebhookReceiver receiver, CancellationToken cancellationToken)
    {
        var origin = http.AuditOrigin();
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Answer(await receiver.RefuseTooLargeAsync(platformKey, MaxBodyBytes, origin, cancellationToken));
        }

        using var body = new MemoryStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return Answer(await receiver.RefuseTooLargeAsync(platformKey, MaxBodyBytes, origin, cancellationToken));
            }

            body.Write(buffer, 0, read);
        }

        var request = new WebhookRequest
        {
            Method = http.Request.Method,
            Headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            Body = body.ToArray(),
        };
        return Answer(await receiver.ReceiveAsync(platformKey, request, origin, cancellationToken));
    }

    private static IResult Answer(WebhookAnswer answer) => answer.Recordings is { } recordings
        ? Results.Json(new { recordings }, statusCode: answer.StatusCode)
        : Results.Text(answer.Body, answer.ContentType, statusCode: answer.StatusCode);
}
