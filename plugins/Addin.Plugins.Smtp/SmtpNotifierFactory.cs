using System.Net.Mail;
using Addin.Sdk.Notifications;
using Addin.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Smtp;

/// <summary>Creates the <c>smtp</c> notifier.</summary>
public sealed class SmtpNotifierFactory : IProviderFactory<INotifier>
{
    /// <inheritdoc/>
    public INotifier Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<SmtpSettings>();
        Validate(context.ProviderId, settings);
        return new SmtpNotifier(settings, context.Time, context.LoggerFactory.CreateLogger<SmtpNotifier>());
    }

    private static void Validate(string providerId, SmtpSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new ProviderSettingsException(providerId, "/host", "is not set; name the SMTP server, for example \"smtp.example.edu\"");
        }

        if (string.IsNullOrWhiteSpace(settings.From) || !MailAddress.TryCreate(settings.From, out _))
        {
            throw new ProviderSettingsException(providerId, "/from", "must be the sender's email address, for example \"recordings@example.edu\"");
        }

        if (!string.IsNullOrWhiteSpace(settings.Username) && string.IsNullOrEmpty(settings.Password))
        {
            throw new ProviderSettingsException(providerId, "/password",
                "is not set although /username is; put the password in configuration, for example the environment variable Addin__Providers__Settings__smtp__password");
        }

        if (settings.RetryDelay < TimeSpan.Zero || settings.Timeout <= TimeSpan.Zero)
        {
            throw new ProviderSettingsException(providerId, settings.Timeout <= TimeSpan.Zero ? "/timeout" : "/retryDelay", "must be positive, for example \"00:00:30\"");
        }
    }
}
