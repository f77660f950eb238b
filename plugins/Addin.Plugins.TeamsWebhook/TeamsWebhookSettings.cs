namespace Addin.Plugins.TeamsWebhook;

/// <summary>The <c>teams-webhook</c> notifier's settings. The URL carries its own credential, so it comes from configuration only.</summary>
public sealed class TeamsWebhookSettings
{
    /// <summary>The webhook's URL (Teams incoming webhook or a Workflows "When a Teams webhook request is received" URL).</summary>
    public Uri? Url { get; set; }

    /// <summary>Attempts of a post answered 429 or 5xx.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The longest wait before a retry; a Retry-After asking for longer fails the post at once.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(1);
}
