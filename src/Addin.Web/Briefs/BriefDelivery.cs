using System.Globalization;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Sdk.Notifications;
using Addin.Web.Alerts;
using Addin.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Briefs;

/// <summary>
/// Sends a brief to its instructor or substitute through the configured notifier, once: a brief marked delivered is
/// not sent again. A failure is recorded on the brief and thrown, so the job engine tries again.
/// </summary>
public sealed class BriefDelivery(AddinDbContext db, IPlatformProviders providers, IOptions<BriefOptions> options, IOptions<AddinOptions> addin, TimeProvider time)
{
    /// <exception cref="AlertDeliveryException">The notifier failed; the brief stays undelivered.</exception>
    public async Task SendAsync(long briefId, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.Include(b => b.Session!).ThenInclude(s => s.Course).Include(b => b.Recipient)
            .SingleOrDefaultAsync(b => b.Id == briefId, cancellationToken);
        if (brief is null || brief.DeliveredAt is not null || options.Value.Notifier is not { Length: > 0 } notifierId)
        {
            return;
        }

        if (brief.Recipient?.Email is not { Length: > 0 } email)
        {
            brief.DeliveryError = "Not sent: the session has no instructor or substitute with an email address in the LMS.";
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var session = brief.Session!;
        var link = new Uri(addin.Value.PublicBaseUrl, string.Create(CultureInfo.InvariantCulture, $"/app/sessions/{session.Id}/brief"));
        var notification = new Notification
        {
            Recipients = [email],
            Subject = $"Brief for \"{session.Title}\" ({session.Course!.Title})",
            Text = $"Your brief for \"{session.Title}\" of {session.Course.Title} is ready. Open the course from your LMS to read it, or follow the link once signed in.",
            Html = brief.Html,
            Link = link,
        };
        try
        {
            var notifier = await providers.GetNotifierAsync(session.Course.PlatformId, notifierId, cancellationToken);
            await notifier.SendAsync(notification, cancellationToken);
            brief.DeliveredAt = time.GetUtcNow();
            brief.DeliveryError = null;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            brief.DeliveryError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            await db.SaveChangesAsync(CancellationToken.None);
            throw new AlertDeliveryException($"Brief {briefId} not sent through '{notifierId}': {brief.DeliveryError}");
        }
    }
}
