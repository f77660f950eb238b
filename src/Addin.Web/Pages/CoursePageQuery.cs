using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Recordings;
using Addin.Core.Courses;
using Addin.Core.Providers;
using Addin.Core.Recaps;
using Addin.Core.Risk;
using Addin.Sdk.Recordings;
using Addin.Web.Media;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Pages;

/// <summary>Builds the course page for a viewer, or null when the viewer may not see the course.</summary>
public sealed class CoursePageQuery(
    AddinDbContext db,
    AccessPolicy access,
    MediaUrls media,
    IOptions<PipelineOptions> pipeline,
    IPlatformProviders providers,
    CourseCopies copies,
    CourseRecordingCounts counts,
    CourseExternalIds externalIds,
    RecapReader recaps,
    AiConsents consents,
    CurriculumPlans plans,
    TimeProvider time)
{
    public async Task<CoursePageModel?> BuildAsync(RequestViewer viewer, long courseId, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var course = await access.VisibleCourses(viewer.Viewer).AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return null;
        }

        bool canManage = await access.ManagesCourseAsync(viewer.Viewer, courseId, cancellationToken);
        var source = canManage ? await RecordingSourceAsync(course, cancellationToken) : null;
        // A local, not a call inside the lambda: EF would otherwise compile the call anew on every page load.
        var shownIn = access.CoursesShownIn(courseId);
        var recordings = await access.VisibleRecordings(viewer.Viewer).AsNoTracking()
            .Where(r => shownIn.Contains(r.CourseId))
            .OrderByDescending(r => r.Session!.StartsAt ?? r.CreatedAt)
            .ThenByDescending(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Title, SessionAt = r.Session!.StartsAt ?? r.CreatedAt, r.DurationMs, r.Stage, r.Status, r.Progress, r.Error, r.PosterKey,
                Restricted = r.Session.Participants.Any(),
                r.HiddenFromStudents,
                r.ControlVersion,
            })
            .ToListAsync(cancellationToken);

        var summaries = recordings.Select(r => new RecordingSummary(
                r.Id, r.Title, r.SessionAt, r.DurationMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null, r.Stage, r.Status, r.Progress, r.Error,
                r.PosterKey is null ? null : media.For(r.Id, MediaAsset.Poster, viewer.Person.Id), r.Restricted)
            {
                IsHidden = r.HiddenFromStudents,
                ControlVersion = r.ControlVersion,
            })
            .ToList();

        return new CoursePageModel(
            await RoleLabels.ForCourseAsync(db, viewer, courseId, cancellationToken),
            course.Id,
            course.Title,
            course.Label,
            canManage,
            (source?.Provider as IDropFolderSource)?.GetDropFolder(course.Key),
            pipeline.Value.MaxRecordingBytes,
            summaries.Where(s => !NeedsAttention(s.Status)).ToList(),
            summaries.Where(s => NeedsAttention(s.Status)).ToList(),
            notice)
        {
            EarlierCourses = canManage ? await copies.ForCourseAsync(courseId, cancellationToken) : [],
            CoursesToBringFrom = canManage ? await OtherTaughtCoursesAsync(viewer, course, cancellationToken) : [],
            Risk = canManage ? await RiskRoster.ForCourseAsync(db, courseId, cancellationToken) : [],
            Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            Roster = canManage && course.RosterSyncedAt is { } syncedAt
                ? new RosterNote(syncedAt, TimeAgo.Describe(time.GetUtcNow() - syncedAt), await db.Enrollments.CountAsync(e => e.CourseId == courseId && e.Roles != CourseRoles.None, cancellationToken))
                : null,
            AcceptsUploads = source is null || source.Provider is IUploadRecordingSource,
            AutomaticImportOptIn = canManage ? await OptInAsync(course, cancellationToken) : null,
            ExternalIds = source is null ? [] : await ExternalIdFieldsAsync(source.ProviderId, courseId, cancellationToken),
            RecapDrafts = canManage ? await recaps.DraftsAwaitingAsync(viewer.Viewer, courseId, cancellationToken) : [],
            AiConsent = canManage ? await consents.ForCourseAsync(courseId, cancellationToken) : null,
            CurriculumPlan = canManage ? await plans.SummaryAsync(courseId, cancellationToken) : null,
            CaptionSettings = canManage && await access.TeachesCourseAsync(viewer.Viewer, courseId, cancellationToken)
                ? new CourseCaptionSettingsView(CourseVocabulary.Split(course.Vocabulary), CaptionTranslationLanguages.Split(course.CaptionLanguages))
                : null,
            Upcoming = await UpcomingAsync(viewer, courseId, cancellationToken),
            Substitutes = canManage ? await SubstitutesAsync(viewer, courseId, cancellationToken) : [],
        };
    }

    private static bool NeedsAttention(RecordingStatus status) => status is RecordingStatus.Failed or RecordingStatus.Duplicate or RecordingStatus.NotImported;

    /// <summary>The course's own switch when its platform asks courses to opt in; null when the platform imports every course's.</summary>
    private async Task<bool?> OptInAsync(Course course, CancellationToken cancellationToken) =>
        await db.Platforms.AnyAsync(p => p.Id == course.PlatformId && p.AutomaticImport == Core.Institutions.AutomaticImport.OptInPerCourse, cancellationToken)
            ? course.AutomaticImportOptIn
            : null;

    private async Task<IReadOnlyList<UpcomingSession>> UpcomingAsync(RequestViewer viewer, long courseId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var briefed = access.BriefedSessions(viewer.Viewer).Select(s => s.Id);
        return await access.VisibleSessions(viewer.Viewer).AsNoTracking()
            .Where(s => s.CourseId == courseId && s.StartsAt > now)
            .OrderBy(s => s.StartsAt)
            .Take(20)
            .Select(s => new UpcomingSession(
                s.Id, s.Title, s.StartsAt!.Value, s.TimeZone, s.Instructor!.Name, s.Substitute!.Name,
                db.Briefs.Any(b => b.SessionId == s.Id), briefed.Contains(s.Id)))
            .ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<SubstituteChoice>> SubstitutesAsync(RequestViewer viewer, long courseId, CancellationToken cancellationToken)
    {
        var teachers = await db.Enrollments.AsNoTracking()
            .Where(e => e.CourseId == courseId && e.PersonId != viewer.Person.Id)
            .Select(e => new { e.PersonId, e.Roles, e.Person!.Name, e.Person.Email, e.Person.Subject })
            .ToListAsync(cancellationToken);
        return [.. teachers.Where(t => t.Roles.Teaches()).Select(t => new SubstituteChoice(t.PersonId, t.Name ?? t.Email ?? t.Subject)).OrderBy(t => t.Name, StringComparer.CurrentCulture)];
    }

    private async Task<IReadOnlyList<ExternalIdField>> ExternalIdFieldsAsync(string sourceProviderId, long courseId, CancellationToken cancellationToken)
    {
        var fields = CourseExternalIdFields.For(sourceProviderId);
        if (fields.Count == 0)
        {
            return [];
        }

        var values = await externalIds.ForCourseAsync(courseId, cancellationToken);
        return fields.Select(f => f with { Value = values.GetValueOrDefault(f.Kind) }).ToList();
    }

    private async Task<IReadOnlyList<CourseSummary>> OtherTaughtCoursesAsync(RequestViewer viewer, Course course, CancellationToken cancellationToken)
    {
        var taught = await access.ManagedCourses(viewer.Viewer).AsNoTracking()
            .Where(c => c.Id != course.Id && c.PlatformId == course.PlatformId)
            .OrderBy(c => c.Title)
            .Select(c => new { c.Id, c.Title, c.Label })
            .ToListAsync(cancellationToken);
        var recordings = await counts.ForAsync(viewer.Viewer, [.. taught.Select(c => c.Id)], cancellationToken);
        return [.. taught.Where(c => recordings.ContainsKey(c.Id)).Select(c => new CourseSummary(c.Id, c.Title, c.Label, recordings[c.Id]))];
    }

    /// <summary>The platform's recording source, or null when it cannot be created (the plugin page says why).</summary>
    private async Task<ResolvedProvider<IRecordingSource>?> RecordingSourceAsync(Course course, CancellationToken cancellationToken)
    {
        try
        {
            return await providers.GetRecordingSourceAsync(course.PlatformId, cancellationToken);
        }
        catch (ProviderUnavailableException)
        {
            return null;
        }
    }
}
