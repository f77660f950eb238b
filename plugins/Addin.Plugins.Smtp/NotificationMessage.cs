using System.Net;
using System.Text;
using Addin.Sdk.Notifications;
using MimeKit;

namespace Addin.Plugins.Smtp;

/// <summary>Turns a notification into an email with a plain-text part and an HTML part.</summary>
internal static class NotificationMessage
{
    public static MimeMessage Create(Notification notification, SmtpSettings settings)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From!));
        foreach (string recipient in notification.Recipients)
        {
            message.To.Add(MailboxAddress.Parse(recipient));
        }

        message.Subject = notification.Subject;
        var body = new BodyBuilder
        {
            TextBody = notification.Link is null ? notification.Text : $"{notification.Text}\n\n{notification.Link.AbsoluteUri}",
            HtmlBody = notification.Html ?? Html(notification),
        };
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The text as HTML: every character of it encoded, lines kept.</summary>
    private static string Html(Notification notification)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (string paragraph in notification.Text.Split("\n\n"))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        if (notification.Link is { } link)
        {
            string href = WebUtility.HtmlEncode(link.AbsoluteUri);
            html.Append("<p><a href=\"").Append(href).Append("\">").Append(href).Append("</a></p>");
        }

        return html.Append("</body></html>").ToString();
    }
}
