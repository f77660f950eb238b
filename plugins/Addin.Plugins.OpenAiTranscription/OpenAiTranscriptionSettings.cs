namespace Addin.Plugins.OpenAiTranscription;

/// <summary>The <c>openai-transcription</c> engine's settings. The key comes from configuration, never from plugin.json.</summary>
public sealed class OpenAiTranscriptionSettings
{
    /// <summary>The API root ending with '/'; <c>audio/transcriptions</c> is appended.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.openai.com/v1/");

    /// <summary>The API key; empty for servers without authentication.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>Authorization</c> (Bearer) or <c>api-key</c> (Azure OpenAI).</summary>
    public string ApiKeyHeader { get; set; } = "Authorization";

    /// <summary>Azure OpenAI's <c>api-version</c> query parameter, for its deployment URLs; null elsewhere.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>The model or deployment name.</summary>
    public string Model { get; set; } = "whisper-1";

    /// <summary>The language used when the request names none; null to detect it.</summary>
    public string? Language { get; set; }

    /// <summary>The longest piece of audio per request.</summary>
    public TimeSpan MaxChunkDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest WAV per request.</summary>
    public long MaxChunkBytes { get; set; } = 24_000_000;

    /// <summary>Audio after each cut sent with the piece before it too.</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts of a request answered 429 or 5xx.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The longest wait before a retry.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(1);
}
