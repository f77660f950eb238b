using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Sdk.Storage;
using Addin.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Media;

/// <summary>Serves recording files through signed URLs, with range requests (seeking), or redirects to the store's own URL.</summary>
public static class MediaEndpoints
{
    private static readonly TimeSpan DirectUrlValidity = TimeSpan.FromMinutes(15);

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(MediaUrls.RoutePrefix + "{token}", ["GET", "HEAD"], ServeAsync)
            .WithName("Media")
            .WithSummary("A recording's file (video, audio-only, poster, captions, thumbnails, highlights, chapters or the download) through a signed, expiring URL.");
        return app;
    }

    private static async Task<IResult> ServeAsync(
        string token,
        HttpContext http,
        MediaUrls urls,
        AddinDbContext db,
        IPlatformProviders providers,
        MediaAccess mediaAccess,
        AuditLog audit,
        CancellationToken cancellationToken)
    {
        if (urls.Read(token) is not { } grant)
        {
            await audit.RecordAsync(http.Audit(null, AuditActions.StreamMedia, "media", null, allowed: false, "forged, damaged or expired media URL"), cancellationToken);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This media link is not valid",
                detail: "The link is damaged or has expired. Open the recording again from the course page.");
        }

        string action = grant.Asset == MediaAsset.Download ? AuditActions.DownloadRecording : AuditActions.StreamMedia;
        string recordingId = grant.RecordingId.ToString(CultureInfo.InvariantCulture);
        if (!await mediaAccess.AllowedAsync(grant, cancellationToken))
        {
            await audit.RecordAsync(
                http.Audit(null, action, "recording", recordingId, allowed: false, $"person {grant.PersonId} may no longer see this recording") with { PersonId = grant.PersonId },
                cancellationToken);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You no longer have access to this recording");
        }

        if (grant.Asset.IsMadeFromRecap() && !await mediaAccess.RecapVisibleAsync(grant, cancellationToken))
        {
            await audit.RecordAsync(
                http.Audit(null, action, "recording", recordingId, allowed: false, $"{grant.Asset}: person {grant.PersonId} may not see the recap it comes from (not approved)") with { PersonId = grant.PersonId },
                cancellationToken);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This recording's recap is not published",
                detail: "Highlights and chapters come from the recap; they appear once the instructor approves it.");
        }

        var recording = await db.Recordings.AsNoTracking().Include(r => r.Course)
            .SingleOrDefaultAsync(r => r.Id == grant.RecordingId, cancellationToken);
        if (recording is not null && grant.Asset == MediaAsset.Chapters)
        {
            return await mediaAccess.RecapAsync(grant, cancellationToken) is { } recap && recording.Duration is { } duration
                ? Results.Text(ChaptersTrack.Write(recap.Recap, duration), "text/vtt; charset=utf-8")
                : Results.NotFound();
        }

        if (recording is null || KeyOf(recording, grant) is not { } key)
        {
            return Results.NotFound();
        }

        var store = (await providers.GetMediaStoreAsync(recording.Course!.PlatformId, cancellationToken)).Provider;
        if (grant.Asset == MediaAsset.Thumbnails)
        {
            return recording.ThumbnailSpriteKey is { } sprite
                ? await ThumbnailsAsync(store, key, Path.GetFileName(sprite), urls.For(recording.Id, MediaAsset.ThumbnailSprite, grant.PersonId), cancellationToken)
                : Results.NotFound();
        }

        string? downloadName = null;
        if (grant.Asset == MediaAsset.Download)
        {
            // Streams are not audited one range request at a time; a download is one deliberate act, so it is.
            downloadName = DownloadName.For(recording.Title, Path.GetExtension(key));
            await audit.RecordAsync(
                http.Audit(null, action, "recording", recordingId, allowed: true, downloadName) with { PersonId = grant.PersonId, PlatformId = recording.Course.PlatformId },
                cancellationToken);
        }

        string contentType = ContentTypeOf(recording, grant.Asset, key);
        // Captions stay on Addin's origin: a <track> loaded from another origin is blocked unless that origin allows CORS.
        if (grant.Asset is not (MediaAsset.Captions or MediaAsset.TranslatedCaptions or MediaAsset.HighlightCaptions) && await store.GetDirectReadUrlAsync(key, DirectUrlValidity, downloadName, cancellationToken) is { } direct)
        {
            return Results.Redirect(direct.ToString());
        }

        if (store.TryGetLocalPath(key) is { } path && File.Exists(path))
        {
            // The operating system sends the file (sendfile) and ASP.NET Core answers Range requests.
            return Results.File(path, contentType, downloadName, enableRangeProcessing: true);
        }

        var stream = await store.OpenReadAsync(key, cancellationToken);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType, downloadName, enableRangeProcessing: stream.CanSeek);
    }

    private static string? KeyOf(Recording recording, MediaGrant grant) => grant.Asset switch
    {
        MediaAsset.TranslatedCaptions => recording.TranslatedCaptionLanguages.FirstOrDefault(l => l == grant.Language) is { } language
            ? MediaKeys.TranslatedCaptions(recording.Id, language)
            : null,
        MediaAsset.Original => recording.MediaKey,
        MediaAsset.Poster => recording.PosterKey,
        MediaAsset.Captions => recording.CaptionsKey,
        MediaAsset.Playback => recording.PlaybackKey,
        MediaAsset.AudioOnly => recording.AudioKey,
        MediaAsset.Thumbnails => recording.ThumbnailsKey,
        MediaAsset.ThumbnailSprite => recording.ThumbnailSpriteKey,
        MediaAsset.Download => recording.DownloadKey,
        MediaAsset.Highlights => recording.HighlightsKey,
        MediaAsset.HighlightCaptions => recording.HighlightCaptionsKey,
        _ => null,
    };

    private static string ContentTypeOf(Recording recording, MediaAsset asset, string key) => asset switch
    {
        MediaAsset.Poster or MediaAsset.ThumbnailSprite => "image/jpeg",
        MediaAsset.Captions or MediaAsset.TranslatedCaptions or MediaAsset.HighlightCaptions => "text/vtt; charset=utf-8",
        MediaAsset.Playback or MediaAsset.Highlights => "video/mp4",
        MediaAsset.AudioOnly => "audio/mp4",
        MediaAsset.Download => Path.GetExtension(key) switch
        {
            ".m4a" => "audio/mp4",
            ".webm" => "video/webm",
            _ => "video/mp4",
        },
        _ => recording.ContentType ?? "application/octet-stream",
    };

    // The track names its sprite by file name ("thumbnails.jpg#xywh=…"); the player can only fetch a signed URL, so
    // the name becomes one for the same person. The track is a few KB.
    private static async Task<IResult> ThumbnailsAsync(IMediaStore store, string key, string spriteName, string spriteUrl, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        if (stream is null)
        {
            return Results.NotFound();
        }

        using var reader = new StreamReader(stream);
        string track = await reader.ReadToEndAsync(cancellationToken);
        return Results.Text(track.Replace(spriteName + "#", spriteUrl + "#", StringComparison.Ordinal), "text/vtt; charset=utf-8");
    }
}
