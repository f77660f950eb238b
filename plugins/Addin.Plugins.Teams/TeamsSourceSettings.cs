namespace Addin.Plugins.Teams;

/// <summary>The <c>teams</c> provider's settings. The secret ones come from configuration, never from plugin.json.</summary>
public sealed class TeamsSourceSettings
{
    /// <summary>The Microsoft Entra tenant (directory) id of the school.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's application (client) id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app registration's client secret; or use <see cref="CertificatePath"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PKCS#12 (.pfx) file with the certificate and private key registered for the app, instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The Entra user ids of the organizers whose meetings are imported (polled and subscribed to).</summary>
    public IReadOnlyList<string> OrganizerUserIds { get; set; } = [];

    /// <summary>Subscribe to every meeting recording in the tenant instead of per organizer.</summary>
    public bool TenantWide { get; set; }

    /// <summary>The secret Graph echoes in every change notification (<c>clientState</c>), at most 128 characters.</summary>
    public string? ClientState { get; set; }

    /// <summary>The public HTTPS URL of this platform's webhook, where Graph sends notifications; none means polling only.</summary>
    public Uri? NotificationUrl { get; set; }

    /// <summary>Microsoft Graph's root, ending with a slash.</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0/");

    /// <summary>The Microsoft identity platform's root; the token endpoint is <c>&lt;root&gt;&lt;tenant&gt;/oauth2/v2.0/token</c>.</summary>
    public Uri LoginBaseUrl { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>How often polling asks Graph for recordings since the last delta.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How far back the first poll (and a missed-notifications catch-up) looks.</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a subscription is asked to last; renewed once less than half of it is left.</summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Attempts of a call answered 429 or 5xx.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The longest wait before a retry.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(1);
}
