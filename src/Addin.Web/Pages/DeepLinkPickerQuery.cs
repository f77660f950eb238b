using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>What a teacher may place from a course, and the picker page built from it.</summary>
public sealed class DeepLinkPickerQuery(AddinDbContext db, AccessPolicy access)
{
    /// <summary>
    /// The course's recording list, then the recordings the viewer sees in the course (failed imports, duplicates and
    /// deleted recordings' tombstones left out: they never play), newest first. A submitted choice is honoured only if it is in this list.
    /// </summary>
    public async Task<IReadOnlyList<PickableItem>> PickableAsync(Viewer viewer, long courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        string title = await db.Courses.Where(c => c.Id == courseId).Select(c => c.Title).SingleAsync(cancellationToken);
        var shownIn = access.CoursesShownIn(courseId);
        var recordings = await access.VisibleRecordings(viewer).AsNoTracking()
            .Where(r => shownIn.Contains(r.CourseId))
            .Where(r => r.Status != RecordingStatus.Failed && r.Status != RecordingStatus.Duplicate && r.Status != RecordingStatus.Deleted && r.Status != RecordingStatus.NotImported)
            .OrderByDescending(r => r.Session!.StartsAt ?? r.CreatedAt)
            .ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Title, At = r.Session!.StartsAt ?? r.CreatedAt, r.DurationMs, r.Stage, r.Status })
            .ToListAsync(cancellationToken);

        return
        [
            new PickableItem(PickableKind.CourseRecordings, courseId, title),
            .. recordings.Select(r => new PickableItem(PickableKind.Recording, r.Id, r.Title)
            {
                At = r.At,
                Duration = r.DurationMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
                Stage = r.Stage,
                Status = r.Status,
            }),
        ];
    }

    public async Task<DeepLinkPickerModel> BuildAsync(RequestViewer viewer, long courseId, LtiDeepLinkingSettings settings, string pickToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(settings);
        var pickable = await PickableAsync(viewer.Viewer, courseId, cancellationToken);
        return new DeepLinkPickerModel(
            await RoleLabels.ForCourseAsync(db, viewer, courseId, cancellationToken),
            pickable[0].Title,
            pickToken,
            pickable.Where(p => p.Kind == PickableKind.Recording).ToList(),
            pickable[0])
        {
            Multiple = settings.AcceptMultiple == true,
            NotAccepted = settings.Accepts(LtiResourceLinkItem.TypeName)
                ? null
                : $"Your LMS accepts only {string.Join(", ", settings.AcceptTypes)} here. Addin adds links that open it inside the LMS (LTI resource links), so nothing can be added from this place. Cancel, and add Addin content from a place that accepts external tool links.",
            OpensIn = DeepLinkContentItems.Presentation(settings) switch
            {
                (not null, _) => "The LMS will show them inside its page.",
                (_, not null) => "The LMS will open them in a new window.",
                _ => null,
            },
        };
    }
}
