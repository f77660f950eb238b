using System.Net.Sockets;
using Addin.Sdk.Notifications;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Smtp;

/// <summary>
/// Sends notifications as email. A refusal for now (4xx) or a network error is retried up to
/// <see cref="SmtpSettings.MaxAttempts"/> times with a doubling wait; a permanent refusal (5xx, a bad address, a
/// failed login) fails at once. Failures throw <see cref="SmtpDeliveryException"/>, whose message never holds the password.
/// </summary>
public sealed partial class SmtpNotifier(SmtpSettings settings, TimeProvider time, ILogger<SmtpNotifier> logger) : INotifier
{
    /// <inheritdoc/>
    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.Recipients.Count == 0)
        {
            throw new SmtpDeliveryException("The notification has no recipients; an email needs at least one address.");
        }

        using var message = NotificationMessage.Create(notification, settings);
        var wait = settings.RetryDelay;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await SendOnceAsync(message, cancellationToken);
                return;
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken) && attempt < settings.MaxAttempts)
            {
                LogRetrying(logger, ex, settings.Host!, settings.Port, attempt);
                await Task.Delay(wait, time, cancellationToken);
                wait *= 2;
            }
            catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or AuthenticationException or IOException or SocketException or SslHandshakeException or TimeoutException)
            {
                throw new SmtpDeliveryException(Describe(ex, attempt), ex);
            }
        }
    }

    private async Task SendOnceAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        var options = settings.Tls switch
        {
            SmtpTlsMode.None => SecureSocketOptions.None,
            SmtpTlsMode.Tls => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.Host!, settings.Port, options, cancellationToken);
        if (!string.IsNullOrWhiteSpace(settings.Username))
        {
            await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or IOException or SocketException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private string Describe(Exception ex, int attempt)
    {
        string server = $"{settings.Host}:{settings.Port}";
        return ex switch
        {
            SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } command =>
                $"The SMTP server {server} refused the recipient {command.Mailbox?.Address} ({(int)command.StatusCode}: {command.Message.Trim()}).",
            SmtpCommandException command when (int)command.StatusCode is >= 400 and < 500 =>
                $"The SMTP server {server} refused the message for now ({(int)command.StatusCode}: {command.Message.Trim()}) after {attempt} attempt(s); the host tries again later.",
            SmtpCommandException command => $"The SMTP server {server} refused the message ({(int)command.StatusCode}: {command.Message.Trim()}).",
            AuthenticationException => $"The SMTP server {server} refused the login of '{settings.Username}'; check the username and the password in configuration.",
            SslHandshakeException => $"The TLS handshake with the SMTP server {server} failed; check the tls setting (StartTls for 587, Tls for 465) and the server's certificate.",
            _ => $"The SMTP server {server} could not be reached or broke off ({ex.Message}) after {attempt} attempt(s); the host tries again later.",
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending email through {Host}:{Port} failed on attempt {Attempt}; retrying")]
    private static partial void LogRetrying(ILogger logger, Exception ex, string host, int port, int attempt);
}
