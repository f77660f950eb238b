using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Audit;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Providers;
using Addin.Sdk.Recordings;
using Addin.Web.Audit;
using Addin.Web.Pages;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Apis;

/// <summary>
/// What both ways of uploading share (one request, or resumable in pieces): who may upload to a course, the
/// platform's upload source, and handing the finished file to the pipeline.
/// </summary>
public sealed class UploadImport(AccessPolicy access, AddinDbContext db, IPlatformProviders providers, RecordingImporter importer, AuditLog audit)
{
    /// <summary>The course and its upload source when the viewer may upload to it; otherwise the answer that says why not.</summary>
    public async Task<(UploadTarget? Target, IResult? Refusal)> TargetAsync(HttpContext http, RequestViewer viewer, long courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!await access.ManagesCourseAsync(viewer.Viewer, courseId, cancellationToken))
        {
            await audit.RecordAsync(http.Audit(viewer, AuditActions.Upload, "course", courseId.ToString(CultureInfo.InvariantCulture), allowed: false), cancellationToken);
            return (null, Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the course's instructors can upload recordings."));
        }

        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseId, cancellationToken);
        var source = await providers.GetRecordingSourceAsync(course.PlatformId, cancellationToken);
        if (source.Provider is not IUploadRecordingSource uploads)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Uploads are not possible here",
                detail: $"This platform's recordings come from '{source.ProviderId}', which does not take uploads."));
        }

        return (new UploadTarget(course, source.ProviderId, uploads), null);
    }

    /// <summary>Gives the uploaded file to the source and imports it into the pipeline; audits what happened.</summary>
    public async Task<ImportAnswer> ImportAsync(HttpContext http, RequestViewer viewer, UploadTarget target, RecordingUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(upload);
        RecordingReference reference;
        try
        {
            reference = await target.Source.AcceptUploadAsync(upload, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            // The source refuses the upload as such (a transcript sent as the recording, …); its message says why.
            string detail = ex.ParamName is { } parameter ? ex.Message.Replace($" (Parameter '{parameter}')", "", StringComparison.Ordinal) : ex.Message;
            await audit.RecordAsync(http.Audit(viewer, AuditActions.Upload, "course", target.Course.Id.ToString(CultureInfo.InvariantCulture), allowed: true, detail), cancellationToken);
            return ImportAnswer.Refused(detail);
        }

        var result = await importer.ImportAsync(target.Course.PlatformId, target.ProviderId, reference, ImportTrigger.Upload, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.Upload, "recording", result.Recording?.Id.ToString(CultureInfo.InvariantCulture), allowed: true, reference.FileName), cancellationToken);
        return result.Recording is { } recording
            ? new ImportAnswer(recording.Id, PageLinks.Recording(recording.Id, viewer.Token), null)
            : ImportAnswer.Refused(result.Problem);
    }
}

/// <summary>The recording an upload became, with its page; or the problem that kept it from becoming one.</summary>
public sealed record ImportAnswer(long? RecordingId, string? Url, IResult? Problem)
{
    public static ImportAnswer Refused(string? detail) =>
        new(null, null, Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The recording could not be imported", detail: detail));
}

/// <summary>A course that takes uploads, and its platform's upload source.</summary>
public sealed record UploadTarget(Course Course, string ProviderId, IUploadRecordingSource Source);
