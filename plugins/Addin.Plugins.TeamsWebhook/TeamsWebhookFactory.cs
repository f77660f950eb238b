using Addin.Sdk.Notifications;
using Addin.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.TeamsWebhook;

/// <summary>Creates the <c>teams-webhook</c> notifier.</summary>
public sealed class TeamsWebhookFactory : IProviderFactory<INotifier>
{
    /// <inheritdoc/>
    public INotifier Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<TeamsWebhookSettings>();
        if (settings.Url is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ProviderSettingsException(context.ProviderId, "/url",
                "is not an absolute https URL; copy the webhook URL from the Teams channel's connector or workflow into configuration, for example the environment variable Addin__Providers__Settings__teams-webhook__url");
        }

        if (settings.MaxRetryWait < TimeSpan.Zero)
        {
            throw new ProviderSettingsException(context.ProviderId, "/maxRetryWait", "must not be negative, for example \"00:01:00\"");
        }

        return new TeamsWebhookNotifier(context.CreateHttpClient(), settings, context.Time, context.LoggerFactory.CreateLogger<TeamsWebhookNotifier>());
    }
}
