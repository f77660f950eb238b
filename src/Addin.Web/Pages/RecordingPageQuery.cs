using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Highlights;
using Addin.Core.Persistence;
using Addin.Core.Playback;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Core.Reviews;
using Addin.Web.Media;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>Builds the recording page for a viewer, or null when the viewer may not see the recording.</summary>
public sealed class RecordingPageQuery(AddinDbContext db, AccessPolicy access, RecapReader recaps, ReviewSelfChecks selfChecks, MediaUrls media, WatchProgress watching)
{
    // Resume is offered from a few seconds in until near the end: before, there is nothing to skip; after, the viewer finished.
    private const double ResumeFrom = 5;

    public async Task<RecordingPageModel?> BuildAsync(RequestViewer viewer, long recordingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var recording = await access.VisibleRecordings(viewer.Viewer).AsNoTracking()
            .Include(r => r.Course).Include(r => r.Session)
            .SingleOrDefaultAsync(r => r.Id == recordingId, cancellationToken);
        if (recording is null)
        {
            return null;
        }

        bool canManage = await access.ManagedSessions(viewer.Viewer).AnyAsync(s => s.Id == recording.SessionId, cancellationToken);
        var lines = await db.TranscriptLines.AsNoTracking()
            .Where(l => db.Transcripts.Any(t => t.Id == l.TranscriptId && t.RecordingId == recordingId))
            .OrderBy(l => l.Index)
            .Select(l => new TranscriptLineView(l.Index, l.StartMs / 1000.0, l.EndMs / 1000.0, l.Speaker, l.Text))
            .ToListAsync(cancellationToken);
        var events = canManage
            ? await db.RecordingEvents.AsNoTracking().Where(e => e.RecordingId == recordingId).OrderBy(e => e.Id)
                .Select(e => new RecordingEventView(e.At, e.Stage, e.Severity, e.Message)).ToListAsync(cancellationToken)
            : [];

        long person = viewer.Person.Id;
        bool playable = recording.IsPlayable;
        var recap = await recaps.ForViewerAsync(viewer.Viewer, recording.Id, cancellationToken);
        return new RecordingPageModel(
            await RoleLabels.ForCourseAsync(db, viewer, recording.CourseId, cancellationToken),
            recording.Id,
            recording.CourseId,
            recording.Course!.Title,
            recording.Title,
            recording.Session!.StartsAt ?? recording.CreatedAt,
            recording.Duration,
            recording.Stage,
            recording.Status,
            recording.Progress,
            recording.Error,
            canManage,
            playable ? media.For(recording.Id, PlayerSource(recording), person) : null,
            PlayerSource(recording) switch { MediaAsset.Playback => "video/mp4", MediaAsset.AudioOnly => "audio/mp4", _ => recording.ContentType },
            recording.VideoCodec is null,
            recording.PosterKey is null ? null : media.For(recording.Id, MediaAsset.Poster, person),
            playable && recording.CaptionsKey is not null ? media.For(recording.Id, MediaAsset.Captions, person) : null,
            lines,
            events,
            playable && recording.AudioKey is not null && recording.VideoCodec is not null ? media.For(recording.Id, MediaAsset.AudioOnly, person) : null,
            playable && recording.ThumbnailsKey is not null ? media.For(recording.Id, MediaAsset.Thumbnails, person) : null,
            playable && recording.DownloadKey is not null ? media.For(recording.Id, MediaAsset.Download, person) : null)
        {
            Recap = recap,
            SelfCheck = await selfChecks.ForViewerAsync(viewer.Viewer, recording.Id, cancellationToken),
            Highlights = playable && recap is not null ? await HighlightsAsync(recording, recap, person, cancellationToken) : null,
            ChaptersUrl = playable && recap is not null && (recap.Recap.Topics.Count > 0 || recap.Recap.Moments.Count > 0) ? media.For(recording.Id, MediaAsset.Chapters, person) : null,
            Controls = canManage
                ? new RecordingControlsView(recording.ControlVersion, recording.HiddenFromStudents, recording.Keep, recording.LegalHold, viewer.Viewer.IsReviewer,
                    recording.DeletedAt, recording.DeletedReason, recording.StorageTier)
                : null,
            Viewing = await ViewingAsync(person, recording, canManage, cancellationToken),
            CaptionsLanguage = await db.Transcripts.Where(t => t.RecordingId == recording.Id).Select(t => t.Language).SingleOrDefaultAsync(cancellationToken),
            TranslatedCaptions = playable && recording.CaptionsKey is not null
                ? [.. recording.TranslatedCaptionLanguages.Select(l => new TranslatedCaptionsView(l, CaptionTranslationLanguages.Name(l), media.ForTranslatedCaptions(recording.Id, l, person)))]
                : [],
        };
    }

    private async Task<RecordingViewing> ViewingAsync(long person, Recording recording, bool canManage, CancellationToken cancellationToken)
    {
        var preference = await watching.PreferenceAsync(person, cancellationToken);
        var own = await watching.OfPersonAsync(person, recording.Id, cancellationToken);
        double duration = (recording.DurationMs ?? 0) / 1000.0;
        double? resumeAt = own is { LastPosition: var at } && at >= ResumeFrom && at < duration - ResumeFrom ? at : null;
        double ownShare = own is not null && duration > 0 ? Math.Min(1, own.WatchedSeconds / duration) : 0;
        return new RecordingViewing(
            preference?.Speed ?? 1,
            preference?.CaptionsOn ?? true,
            resumeAt,
            ownShare,
            canManage ? await watching.OfStudentsAsync(recording.Id, cancellationToken) : null)
        {
            StorageKey = string.Create(CultureInfo.InvariantCulture, $"addin.player.{person}"),
            CaptionLanguage = preference?.CaptionLanguage,
        };
    }

    // Offered only with a published recap: the clip was cut from one, and a recap rejected since must not keep showing.
    private async Task<HighlightsView?> HighlightsAsync(Recording recording, RecapForViewer recap, long person, CancellationToken cancellationToken)
    {
        if (recording.HighlightsKey is null || !recap.Status.IsPublished() ||
            await db.HighlightClips.AsNoTracking().Where(c => c.RecordingId == recording.Id).Select(c => c.PartsJson).SingleOrDefaultAsync(cancellationToken) is not { } parts)
        {
            return null;
        }

        var timeline = HighlightMap.Read(parts);
        var moments = recap.Recap.Moments
            .Select(m => (Moment: m, ClipAt: timeline.ToClip(m.Evidence.At)))
            .Where(m => m.ClipAt is not null)
            .OrderBy(m => m.ClipAt)
            .Select(m => new HighlightMomentView(m.Moment.Kind, m.Moment.Label, m.ClipAt!.Value, m.Moment.Evidence.At))
            .ToList();
        return new HighlightsView(
            media.For(recording.Id, MediaAsset.Highlights, person),
            recording.HighlightCaptionsKey is null ? null : media.For(recording.Id, MediaAsset.HighlightCaptions, person),
            timeline.Duration,
            moments);
    }

    // The renditions made for browsers when there are any (older recordings have none): the MP4, or for sound only the M4A.
    private static MediaAsset PlayerSource(Recording recording) =>
        recording.PlaybackKey is not null ? MediaAsset.Playback
        : recording.VideoCodec is null && recording.AudioKey is not null ? MediaAsset.AudioOnly
        : MediaAsset.Original;
}
