namespace Addin.Sdk.Recordings;

/// <summary>A source the remote service notifies (Zoom webhooks, Microsoft Graph change notifications).</summary>
public interface IWebhookRecordingSource : IRecordingSource
{
    /// <summary>
    /// Handles one request to the source's webhook URL: verifies it (signature, client state, timestamps), answers
    /// validation handshakes, and returns the recordings it announces. Unverifiable requests get a 4xx response and
    /// no recordings.
    /// </summary>
    Task<WebhookResult> HandleWebhookAsync(WebhookRequest request, SourceScope scope, CancellationToken cancellationToken);
}

/// <summary>An HTTP request to a source's webhook URL, as received.</summary>
public sealed record WebhookRequest
{
    /// <summary>The HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>Request headers (names are case-insensitive).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Query string parameters.</summary>
    public required IReadOnlyDictionary<string, string> Query { get; init; }

    /// <summary>The raw body, exactly as received (signatures are computed over it).</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }
}

/// <summary>What to answer a webhook request with, and what it announced.</summary>
public sealed record WebhookResult
{
    /// <summary>The HTTP status code to answer.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The content type of <see cref="Body"/>.</summary>
    public string ContentType { get; init; } = "text/plain";

    /// <summary>The body to answer (for example a validation token), or empty.</summary>
    public string Body { get; init; } = "";

    /// <summary>Recordings the request announced.</summary>
    public IReadOnlyList<RecordingReference> Recordings { get; init; } = [];

    /// <summary>Why the request was refused, for the log; null when accepted.</summary>
    public string? RefusalReason { get; init; }
}
