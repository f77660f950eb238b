namespace Addin.Plugins.Zoom;

/// <summary>The <c>zoom</c> provider's settings. The secret ones come from configuration, never from plugin.json.</summary>
public sealed class ZoomSourceSettings
{
    /// <summary>The event subscription's secret token, which signs webhook requests.</summary>
    public string? WebhookSecretToken { get; set; }

    /// <summary>The Server-to-Server OAuth app's account id; empty when only webhooks are used.</summary>
    public string? AccountId { get; set; }

    /// <summary>The Server-to-Server OAuth app's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Server-to-Server OAuth app's client secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Whose cloud recordings polling lists (a user id, an email, or <c>me</c>).</summary>
    public string UserId { get; set; } = "me";

    /// <summary>Zoom's REST API root.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.zoom.us/v2/");

    /// <summary>Zoom's OAuth root.</summary>
    public Uri OAuthBaseUrl { get; set; } = new("https://zoom.us/");

    /// <summary>Meetings per page when polling.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>How often polling lists recent recordings.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How far back the first poll looks.</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Attempts of a call answered 429 or 5xx.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The longest wait before a retry.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True when all three Server-to-Server OAuth credentials are set.</summary>
    internal bool HasOAuthApp =>
        !string.IsNullOrWhiteSpace(AccountId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
