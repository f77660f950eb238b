using System.Globalization;
using Addin.Core.Alerts;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Addin.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Alerts;

/// <summary>
/// Tells a session's instructor and substitute (or, when it names neither, the course's instructors) that its recording's
/// recap was drafted and awaits their review, with a link to the review page; once a draft (<see cref="AlertSender"/>),
/// and not at all once someone has decided on it. <c>Addin:Alerts:TellInstructorsWhenRecapDrafted</c> turns it off.
/// </summary>
public sealed class RecapDraftAlerts(AddinDbContext db, AlertSender sender, IOptions<AlertOptions> options, IOptions<AddinOptions> addin)
{
    /// <summary>Sends the notice unless it went out already or the draft was decided on.</summary>
    /// <exception cref="AlertDeliveryException">The notifier failed; the job engine tries again.</exception>
    public async Task SendAsync(long recordingId, CancellationToken cancellationToken)
    {
        if (options.Value is not { TellInstructorsWhenRecapDrafted: true, InstructorNotifier: { Length: > 0 } notifier })
        {
            return;
        }

        var draft = await db.Recaps.AsNoTracking()
            .Where(r => r.RecordingId == recordingId && r.Status == RecapStatus.Draft)
            .Join(db.Recordings, r => r.RecordingId, rec => rec.Id, (r, rec) => new
            {
                RecapId = r.Id,
                rec.CourseId,
                rec.Course!.PlatformId,
                CourseTitle = rec.Course.Title,
                SessionTitle = rec.Session!.Title,
                StartsAt = rec.Session.StartsAt ?? rec.CreatedAt,
                rec.Session.EndsAt,
                rec.Session.TimeZone,
                InstructorEmail = rec.Session.Instructor!.Email,
                SubstituteEmail = rec.Session.Substitute!.Email,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return;
        }

        var recipients = await CourseInstructors.ForSessionAsync(db, draft.CourseId, draft.InstructorEmail, draft.SubstituteEmail, cancellationToken);
        var reviewPage = new Uri(addin.Value.PublicBaseUrl, string.Create(CultureInfo.InvariantCulture, $"/app/recording/{recordingId}"));
        var message = AlertMessages.InstructorsRecapDrafted(
            new DraftedRecap(draft.SessionTitle, draft.CourseTitle, SessionTime.Describe(draft.StartsAt, draft.EndsAt, draft.TimeZone)), reviewPage, recipients);
        var notice = new AlertNotice(
            string.Create(CultureInfo.InvariantCulture, $"recap:{draft.RecapId}:drafted:instructors:{notifier}"),
            AlertKind.RecapDrafted, AlertAudience.Instructors, notifier, message);
        if (await sender.SendOnceAsync(AlertSubject.ForRecording(draft.PlatformId, recordingId), notice, cancellationToken) is { } failure)
        {
            throw new AlertDeliveryException($"The notice about recording {recordingId}'s draft recap was not sent yet: {failure}");
        }
    }
}

/// <summary>A drafted recap as its notice describes it: which session, of which course, when.</summary>
internal sealed record DraftedRecap(string SessionTitle, string CourseTitle, string When);
