using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Addin.Plugins.Teams.Graph;
using Addin.Sdk.Plugins;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Teams;

/// <summary>Creates the <c>teams</c> recording source for a platform.</summary>
public sealed class TeamsSourceFactory : IProviderFactory<IRecordingSource>
{
    /// <summary>Graph refuses a clientState longer than this.</summary>
    private const int MaxClientStateLength = 128;

    /// <summary>The longest subscription Graph grants on meeting recordings (4230 minutes).</summary>
    private static readonly TimeSpan MaxSubscriptionLifetime = TimeSpan.FromMinutes(4230);

    /// <inheritdoc/>
    public IRecordingSource Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<TeamsSourceSettings>();
        Validate(context.ProviderId, settings);
        var certificate = LoadCertificate(context, settings);
        var logger = context.LoggerFactory.CreateLogger<TeamsRecordingSource>();
        var graph = new TeamsGraph(context.CreateHttpClient(), settings, certificate, context.Time, logger);
        return new TeamsRecordingSource(settings, graph, context.Time, logger);
    }

    private static void Validate(string providerId, TeamsSourceSettings settings)
    {
        Require(providerId, "/tenantId", settings.TenantId, "the Directory (tenant) ID of the school's Microsoft Entra tenant, from the app registration's Overview page");
        Require(providerId, "/clientId", settings.ClientId, "the Application (client) ID of the app registration");
        bool hasSecret = !string.IsNullOrWhiteSpace(settings.ClientSecret);
        bool hasCertificate = !string.IsNullOrWhiteSpace(settings.CertificatePath);
        if (hasSecret == hasCertificate)
        {
            throw new ProviderSettingsException(providerId, hasSecret ? "/certificatePath" : "/clientSecret",
                hasSecret
                    ? "is set together with clientSecret; the app signs in with one of them: remove one"
                    : "is not set; set the app registration's client secret (for example the environment variable Addin__Providers__Settings__teams__clientSecret) or certificatePath");
        }

        if (settings.OrganizerUserIds.Count == 0 && !settings.TenantWide)
        {
            throw new ProviderSettingsException(providerId, "/organizerUserIds",
                "is empty; list the Entra user ids (object ids) of the teachers whose meetings are imported, or set tenantWide to true");
        }

        if (settings.OrganizerUserIds.FirstOrDefault(id => !Guid.TryParse(id, out _)) is { } wrong)
        {
            throw new ProviderSettingsException(providerId, "/organizerUserIds",
                $"contains '{wrong}', which is not an Entra user id; use the user's Object ID (a GUID such as 8b081ef6-4792-4def-b2c9-c363a1bf41d5), not the email address");
        }

        if (settings.NotificationUrl is { } url)
        {
            if (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps)
            {
                throw new ProviderSettingsException(providerId, "/notificationUrl",
                    "must be an absolute https:// URL (Graph only notifies HTTPS endpoints), for example \"https://addin.school.edu/sources/<platform key>/webhook\"");
            }

            if (settings.ClientState is not { Length: > 0 and <= MaxClientStateLength })
            {
                throw new ProviderSettingsException(providerId, "/clientState",
                    $"must be a secret of 1 to {MaxClientStateLength} characters when notificationUrl is set; Graph echoes it in every notification so forged ones are refused");
            }
        }

        foreach (var (name, value) in new[] { ("/graphBaseUrl", settings.GraphBaseUrl), ("/loginBaseUrl", settings.LoginBaseUrl) })
        {
            if (!value.IsAbsoluteUri || !value.AbsoluteUri.EndsWith('/'))
            {
                throw new ProviderSettingsException(providerId, name, "must be an absolute URL ending with '/', for example \"https://graph.microsoft.com/v1.0/\" or \"https://login.microsoftonline.com/\"");
            }
        }

        if (settings.PollInterval < TimeSpan.FromMinutes(1))
        {
            throw new ProviderSettingsException(providerId, "/pollInterval", "is shorter than a minute; Graph throttles, so poll at most every minute (for example \"00:15:00\")");
        }

        if (settings.Lookback <= TimeSpan.Zero || settings.MaxRetryWait < TimeSpan.Zero)
        {
            throw new ProviderSettingsException(providerId, settings.Lookback <= TimeSpan.Zero ? "/lookback" : "/maxRetryWait", "must be positive, for example \"7.00:00:00\" or \"00:01:00\"");
        }

        if (settings.SubscriptionLifetime < TimeSpan.FromHours(1) || settings.SubscriptionLifetime > MaxSubscriptionLifetime)
        {
            throw new ProviderSettingsException(providerId, "/subscriptionLifetime", "must be between 01:00:00 and 2.22:30:00 (Graph's limit for meeting recordings), for example \"2.00:00:00\"");
        }
    }

    private static void Require(string providerId, string setting, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ProviderSettingsException(providerId, setting, $"is not set; it is {what}");
        }
    }

    private static X509Certificate2? LoadCertificate(ProviderContext context, TeamsSourceSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            return null;
        }

        string path = Path.GetFullPath(settings.CertificatePath, context.HostDataDirectory);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ProviderSettingsException(context.ProviderId, "/certificatePath",
                $"'{path}' cannot be read as a PKCS#12 (.pfx) file with that password ({ex.Message}); export the app's certificate with its private key", ex);
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            certificate.Dispose();
            throw new ProviderSettingsException(context.ProviderId, "/certificatePath", $"'{path}' has no RSA private key; export the certificate with its private key");
        }

        return certificate;
    }
}
