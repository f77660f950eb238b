using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Pipeline;
using Addin.Core.Uploads;
using Addin.Sdk.Recordings;
using Addin.Web.Audit;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Addin.Web.Apis.Tus;

/// <summary>
/// Resumable upload of a recording (tus 1.0.0), for large files over poor connections: an instructor starts an upload
/// with its length, sends it in pieces, asks how much arrived after a failure and continues from there. The bytes go
/// to the scratch disk; the piece that completes the file hands it to the same import as the one-request upload.
/// </summary>
public static class ResumableUploadEndpoints
{
    public const string Route = "/app/course/{courseId:long}/upload/resumable";

    public static IEndpointRouteBuilder MapResumableUploadEndpoints(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup(Route).DisableAntiforgery();
        uploads.MapMethods("", ["OPTIONS"], Capabilities).WithName("ResumableUploadOptions").WithSummary("What this tus server supports.");

        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        var protocol = uploads.MapGroup("").AddEndpointFilter(RequireTusVersion).RequireViewer(api: true);
        protocol.MapPost("", StartAsync).WithName("StartResumableUpload").WithSummary("Start a resumable upload (tus creation).");
        protocol.MapMethods("/{uploadId}", ["HEAD"], OffsetAsync).WithName("ResumableUploadOffset").WithSummary("How much of the upload arrived.");
        protocol.MapPatch("/{uploadId}", AppendAsync).WithName("AppendToResumableUpload").WithSummary("Send the next piece.");
        protocol.MapDelete("/{uploadId}", CancelAsync).WithName("CancelResumableUpload").WithSummary("Cancel the upload (tus termination).");
        return app;
    }

    private static IResult Capabilities(HttpContext http, IOptions<PipelineOptions> options)
    {
        var headers = http.Response.Headers;
        headers[TusProtocol.ResumableHeader] = TusProtocol.Version;
        headers[TusProtocol.VersionHeader] = TusProtocol.Version;
        headers[TusProtocol.ExtensionHeader] = TusProtocol.Extensions;
        headers[TusProtocol.MaxSizeHeader] = options.Value.MaxRecordingBytes.ToString(CultureInfo.InvariantCulture);
        return Results.NoContent();
    }

    private static async ValueTask<object?> RequireTusVersion(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers[TusProtocol.ResumableHeader] = TusProtocol.Version;
        if (http.Request.Headers[TusProtocol.ResumableHeader] != TusProtocol.Version)
        {
            http.Response.Headers[TusProtocol.VersionHeader] = TusProtocol.Version;
            return Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: $"Send the header {TusProtocol.ResumableHeader}: {TusProtocol.Version}",
                detail: $"This server speaks tus {TusProtocol.Version}.");
        }

        return await next(context);
    }

    private static async Task<IResult> StartAsync(
        long courseId, HttpContext http, UploadImport imports, ResumableUploadStore store, IOptions<PipelineOptions> options, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var (target, refusal) = await imports.TargetAsync(http, viewer, courseId, cancellationToken);
        if (target is null)
        {
            return refusal!;
        }

        var request = http.Request.Headers;
        if (request.ContainsKey(TusProtocol.DeferLengthHeader) || !TusProtocol.TryParseCount(request[TusProtocol.LengthHeader], out long length))
        {
            return BadRequest($"Send {TusProtocol.LengthHeader} with the size of the file in bytes; uploads of unknown length are not supported.");
        }

        long max = options.Value.MaxRecordingBytes;
        if (length > max)
        {
            http.Response.Headers[TusProtocol.MaxSizeHeader] = max.ToString(CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                title: $"The recording is {ByteSize.Format(length)}; the largest recording Addin accepts is {ByteSize.Format(max)}.",
                detail: "Split the recording, or ask an administrator to raise Addin:Pipeline:MaxRecordingBytes.");
        }

        if (length == 0)
        {
            return BadRequest("The file is empty.");
        }

        var (metadata, error) = TusMetadata.Parse(request[TusProtocol.MetadataHeader]);
        if (metadata is null)
        {
            return BadRequest($"{TusProtocol.MetadataHeader}: {error}");
        }

        if (ResumableUploadMetadata.Read(metadata) is not { } described)
        {
            return BadRequest($"{TusProtocol.MetadataHeader} needs the file's name as 'filename', and a transcript's name with its text.");
        }

        described.CourseId = courseId;
        described.PersonId = viewer.Person.Id;
        described.Length = length;
        var upload = await store.StartAsync(described, cancellationToken);
        http.Response.Headers[TusProtocol.ExpiresHeader] = TusProtocol.FormatTime(upload.ExpiresAt);
        return Results.Created(UploadPath(courseId, upload.Id), null);
    }

    private static async Task<IResult> OffsetAsync(long courseId, string uploadId, HttpContext http, ResumableUploadStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(courseId, uploadId, http, store, audit, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers[TusProtocol.OffsetHeader] = upload.Offset.ToString(CultureInfo.InvariantCulture);
        headers[TusProtocol.LengthHeader] = upload.Length.ToString(CultureInfo.InvariantCulture);
        headers[TusProtocol.ExpiresHeader] = TusProtocol.FormatTime(upload.ExpiresAt);
        return Results.Ok();
    }

    private static async Task<IResult> AppendAsync(
        long courseId, string uploadId, HttpContext http, ResumableUploadStore store, UploadImport imports, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!string.Equals(http.Request.ContentType, TusProtocol.PieceContentType, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: $"Send the piece as {TusProtocol.PieceContentType}.");
        }

        if (!TusProtocol.TryParseCount(http.Request.Headers[TusProtocol.OffsetHeader], out long offset))
        {
            return BadRequest($"Send {TusProtocol.OffsetHeader} with the byte the piece starts at.");
        }

        if (await FindOwnAsync(courseId, uploadId, http, store, audit, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        if (offset != upload.Offset)
        {
            return Conflict($"The upload has {upload.Offset} bytes; send the piece that starts there (ask with HEAD).");
        }

        if (http.Request.ContentLength > upload.Length - upload.Offset)
        {
            return TooLong(upload);
        }

        // The store reads no more than the upload still needs, whatever the size of the piece.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var outcome = await store.AppendAsync(upload, http.Request.Body, cancellationToken);
        http.Response.Headers[TusProtocol.OffsetHeader] = upload.Offset.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[TusProtocol.ExpiresHeader] = TusProtocol.FormatTime(upload.ExpiresAt);
        return outcome switch
        {
            AppendOutcome.TooLong => TooLong(upload),
            AppendOutcome.Busy => Conflict("Another piece of this upload is arriving; ask with HEAD where it stands."),
            _ when upload.IsComplete => await ImportAsync(http, upload, store, imports, cancellationToken),
            _ => Results.NoContent(),
        };
    }

    private static async Task<IResult> ImportAsync(HttpContext http, ResumableUpload upload, ResumableUploadStore store, UploadImport imports, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var (target, refusal) = await imports.TargetAsync(http, viewer, upload.CourseId, cancellationToken);
        if (target is null)
        {
            return refusal!;
        }

        ImportAnswer answer;
        await using (var media = store.OpenRead(upload))
        {
            answer = await imports.ImportAsync(http, viewer, target, new RecordingUpload
            {
                CourseKey = target.Course.Key,
                FileName = Path.GetFileName(upload.FileName),
                ContentType = upload.ContentType,
                Media = media,
                Transcript = upload is { TranscriptName: { } name, Transcript: { } text } ? UploadedTranscript.Of(name, text) : null,
                Title = upload.Title,
            }, cancellationToken);
        }

        // Imported or refused for good, the partial file has served its purpose.
        await store.RemoveAsync(upload, CancellationToken.None);
        if (answer.Problem is { } problem)
        {
            return problem;
        }

        http.Response.Headers[TusProtocol.RecordingUrlHeader] = answer.Url;
        return Results.NoContent();
    }

    private static async Task<IResult> CancelAsync(long courseId, string uploadId, HttpContext http, ResumableUploadStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(courseId, uploadId, http, store, audit, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        await store.RemoveAsync(upload, cancellationToken);
        await audit.RecordAsync(http.Audit(http.Viewer(), AuditActions.UploadCancel, "upload", upload.Id, allowed: true, upload.FileName), cancellationToken);
        return Results.NoContent();
    }

    /// <summary>The viewer's own upload to this course; another person's is audited and looks like none.</summary>
    private static async Task<ResumableUpload?> FindOwnAsync(
        long courseId, string uploadId, HttpContext http, ResumableUploadStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var upload = await store.FindAsync(uploadId, cancellationToken);
        if (upload is null)
        {
            return null;
        }

        if (upload.PersonId != viewer.Person.Id || upload.CourseId != courseId)
        {
            await audit.RecordAsync(http.Audit(viewer, AuditActions.Upload, "upload", upload.Id, allowed: false, "someone else's upload"), cancellationToken);
            return null;
        }

        return upload;
    }

    private static string UploadPath(long courseId, string uploadId) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/upload/resumable/{uploadId}");

    private static IResult BadRequest(string title) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title);

    private static IResult Conflict(string title) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title);

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such upload",
        detail: "It was finished, cancelled, given up after waiting too long, or started by someone else. Start the upload again.");

    private static IResult TooLong(ResumableUpload upload) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: $"The piece goes past the {upload.Length} bytes the upload declared.");
}
