using Addin.Plugins.Zoom.Api;
using Addin.Sdk.Plugins;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Zoom;

/// <summary>Creates the <c>zoom</c> recording source for a platform.</summary>
public sealed class ZoomSourceFactory : IProviderFactory<IRecordingSource>
{
    /// <inheritdoc/>
    public IRecordingSource Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<ZoomSourceSettings>();
        Validate(context.ProviderId, settings);
        var logger = context.LoggerFactory.CreateLogger<ZoomRecordingSource>();
        var api = settings.HasOAuthApp ? new ZoomApi(context.CreateHttpClient(), settings, context.Time, logger) : null;
        var downloads = new ZoomDownloads(context.CreateHttpClient(), settings, api, context.Time, logger);
        return new ZoomRecordingSource(settings, api, downloads, context.Time, logger);
    }

    private static void Validate(string providerId, ZoomSourceSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.WebhookSecretToken))
        {
            throw new ProviderSettingsException(providerId, "/webhookSecretToken",
                "is not set; copy the Secret Token of the Zoom app's event subscription into configuration, for example the environment variable Addin__Providers__Settings__zoom__webhookSecretToken");
        }

        string?[] credentials = [settings.AccountId, settings.ClientId, settings.ClientSecret];
        if (credentials.Any(string.IsNullOrWhiteSpace) && !credentials.All(string.IsNullOrWhiteSpace))
        {
            throw new ProviderSettingsException(providerId, string.IsNullOrWhiteSpace(settings.AccountId) ? "/accountId" : string.IsNullOrWhiteSpace(settings.ClientId) ? "/clientId" : "/clientSecret",
                "is missing; a Server-to-Server OAuth app needs its Account ID, Client ID and Client Secret together (or none of them, to rely on webhooks alone)");
        }

        if (!settings.ApiBaseUrl.IsAbsoluteUri || !settings.ApiBaseUrl.AbsoluteUri.EndsWith('/'))
        {
            throw new ProviderSettingsException(providerId, "/apiBaseUrl", "must be an absolute URL ending with '/', for example \"https://api.zoom.us/v2/\"");
        }

        if (!settings.OAuthBaseUrl.IsAbsoluteUri || !settings.OAuthBaseUrl.AbsoluteUri.EndsWith('/'))
        {
            throw new ProviderSettingsException(providerId, "/oauthBaseUrl", "must be an absolute URL ending with '/', for example \"https://zoom.us/\"");
        }

        if (settings.PollInterval < TimeSpan.FromMinutes(1))
        {
            throw new ProviderSettingsException(providerId, "/pollInterval", "is shorter than a minute; Zoom rate-limits its API, so poll at most every minute (for example \"00:15:00\")");
        }

        if (settings.Lookback <= TimeSpan.Zero || settings.MaxRetryWait < TimeSpan.Zero)
        {
            throw new ProviderSettingsException(providerId, settings.Lookback <= TimeSpan.Zero ? "/lookback" : "/maxRetryWait", "must be positive, for example \"7.00:00:00\" or \"00:01:00\"");
        }
    }
}
