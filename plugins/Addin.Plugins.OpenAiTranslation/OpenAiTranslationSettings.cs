namespace Addin.Plugins.OpenAiTranslation;

/// <summary>The <c>openai-translation</c> provider's settings. The key comes from configuration, never from plugin.json.</summary>
public sealed class OpenAiTranslationSettings
{
    /// <summary>The API root, ending with <c>/v1</c> (Azure OpenAI: <c>https://&lt;resource&gt;.openai.azure.com/openai/v1</c>).</summary>
    public Uri Endpoint { get; set; } = new("https://api.openai.com/v1");

    /// <summary>The model, or the Azure OpenAI deployment.</summary>
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>The API key; empty for local servers without authentication.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How many caption lines one request carries.</summary>
    public int LinesPerRequest { get; set; } = 40;

    /// <summary>The sampling temperature, from 0 to 2.</summary>
    public double Temperature { get; set; } = 0.2;

    /// <summary>How long one request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts of a request answered 429 or 5xx.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The longest wait before a retry.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(1);
}
