using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Providers;
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
            .WithSummary("A recording's file (video, poster or captions) through a signed, expiring URL.");
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

        if (!await mediaAccess.AllowedAsync(grant, cancellationToken))
        {
            await audit.RecordAsync(
                http.Audit(null, AuditActions.StreamMedia, "recording", grant.RecordingId.ToString(System.Globalization.CultureInfo.InvariantCulture), allowed: false,
                    $"person {grant.PersonId} may no longer see this recording") with { PersonId = grant.PersonId },
                cancellationToken);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You no longer have access to this recording");
        }

        var recording = await db.Recordings.AsNoTracking().Include(r => r.Course)
            .SingleOrDefaultAsync(r => r.Id == grant.RecordingId, cancellationToken);
        string? key = recording is null ? null : grant.Asset switch
        {
            MediaAsset.Original => recording.MediaKey,
            MediaAsset.Poster => recording.PosterKey,
            MediaAsset.Captions => recording.CaptionsKey,
            _ => null,
        };
        if (recording is null || key is null)
        {
            return Results.NotFound();
        }

        var store = (await providers.GetMediaStoreAsync(recording.Course!.PlatformId, cancellationToken)).Provider;
        string contentType = grant.Asset switch
        {
            MediaAsset.Poster => "image/jpeg",
            MediaAsset.Captions => "text/vtt; charset=utf-8",
            _ => recording.ContentType ?? "application/octet-stream",
        };

        // Captions stay on Addin's origin: a <track> loaded from another origin is blocked unless that origin allows CORS.
        if (grant.Asset != MediaAsset.Captions && await store.GetDirectReadUrlAsync(key, DirectUrlValidity, null, cancellationToken) is { } direct)
        {
            return Results.Redirect(direct.ToString());
        }

        if (store.TryGetLocalPath(key) is { } path && File.Exists(path))
        {
            // The operating system sends the file (sendfile) and ASP.NET Core answers Range requests.
            return Results.File(path, contentType, enableRangeProcessing: true);
        }

        var stream = await store.OpenReadAsync(key, cancellationToken);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType, enableRangeProcessing: stream.CanSeek);
    }
}
