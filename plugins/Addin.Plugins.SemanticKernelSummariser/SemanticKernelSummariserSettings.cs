namespace Addin.Plugins.SemanticKernelSummariser;

/// <summary>The <c>semantic-kernel-summariser</c>'s settings. The key comes from configuration, never from plugin.json.</summary>
public sealed class SemanticKernelSummariserSettings
{
    /// <summary><c>openai</c> (OpenAI, Ollama, vLLM, any OpenAI-compatible server) or <c>azure</c> (Azure OpenAI's v1 API).</summary>
    public string Kind { get; set; } = EndpointKinds.OpenAi;

    /// <summary>The API root: ends with <c>/v1</c> for <c>openai</c>; the resource URL (or its <c>/openai/v1</c>) for <c>azure</c>.</summary>
    public Uri Endpoint { get; set; } = new("https://api.openai.com/v1");

    /// <summary>The model, or the Azure OpenAI deployment.</summary>
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>The API key; empty for local servers without authentication.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The most input tokens (estimated) one request may carry; longer transcripts are summarised in parts.</summary>
    public int MaxInputTokensPerChunk { get; set; } = 12_000;

    /// <summary>The sampling temperature, from 0 to 2.</summary>
    public double Temperature { get; set; } = 0.2;

    /// <summary>How long one request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts of a request answered 429 or 5xx.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The longest wait before a retry.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>The values of the <c>kind</c> setting.</summary>
internal static class EndpointKinds
{
    public const string OpenAi = "openai";
    public const string Azure = "azure";
}
