using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Retention;
using Addin.Sdk.Notifications;
using Addin.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Addin.Web.Retention;

/// <summary>Tells a course's instructors, through the instructors' notifier of <c>Addin:Alerts</c>, that a recording will be deleted.</summary>
public sealed class RetentionNotices(AddinDbContext db, IPlatformProviders providers, IOptions<AlertOptions> options) : IRetentionNotices
{
    public async Task<string?> SendAsync(RetentionNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (options.Value.InstructorNotifier is not { Length: > 0 } notifierId)
        {
            return "No notifier for instructors is configured (Addin:Alerts:InstructorNotifier), so they cannot be told; the recording is not deleted until they are.";
        }

        var recipients = await CourseInstructors.EmailsAsync(db, notice.CourseId, cancellationToken);
        if (recipients.Count == 0)
        {
            return "No instructor of the course has an email address in the LMS, so nobody can be told; the recording is not deleted until someone is.";
        }

        try
        {
            var notifier = await providers.GetNotifierAsync(notice.PlatformId, notifierId, cancellationToken);
            await notifier.SendAsync(new Notification
            {
                Recipients = recipients,
                Subject = $"Your recording \"{notice.Title}\" will be deleted on {notice.DeleteOn:yyyy-MM-dd}",
                Text = $"The recording \"{notice.Title}\" of your course \"{notice.CourseTitle}\" will be deleted on or after {notice.DeleteOn:yyyy-MM-dd} " +
                       $"under the {notice.Policy}.\n\nTo keep it, open it from your LMS and press \"Keep (exempt from retention)\".",
            }, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Notifiers' messages name the server and the failure, never a password or a webhook URL.
            return $"The notice could not be sent through '{notifierId}': {ex.Message}";
        }
    }
}
