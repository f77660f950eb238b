using System.Globalization;
using System.Text;
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
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Addin.Web.Apis;

/// <summary>
/// Upload of a recording by an instructor. The media part streams straight to the recording source (never held in
/// memory); the form sends the title and the optional transcript first.
/// </summary>
public static class UploadEndpoint
{
    private const int MaxTranscriptBytes = 10 * 1024 * 1024;
    private const int MaxTitleBytes = 1000;

    public static IEndpointRouteBuilder MapUploadEndpoint(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/course/{courseId:long}/upload", UploadAsync)
            .RequireViewer(api: true)
            .DisableAntiforgery()
            .WithName("UploadRecording")
            .WithSummary("Upload a recording (multipart: title, transcript, then file).");
        return app;
    }

    private static async Task<IResult> UploadAsync(
        long courseId,
        HttpContext http,
        UploadImport uploads,
        IOptions<PipelineOptions> options,
        CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var (target, refusal) = await uploads.TargetAsync(http, viewer, courseId, cancellationToken);
        if (target is null)
        {
            return refusal!;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxRecordingBytes + MaxTranscriptBytes + 1024 * 1024;
        }

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(http.Request.ContentType ?? "").Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Send the recording as multipart/form-data.");
        }

        var reader = new MultipartReader(boundary, http.Request.Body);
        string? title = null;
        TranscriptFile? transcript = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                string name = disposition.Name.Value ?? "";
                string? fileName = disposition.FileName.Value ?? disposition.FileNameStar.Value;
                if (name == "title")
                {
                    title = (await ReadTextAsync(section.Body, MaxTitleBytes, "title", cancellationToken)).Trim();
                }
                else if (name == "transcript" && !string.IsNullOrEmpty(fileName))
                {
                    transcript = UploadedTranscript.Of(fileName, await ReadTextAsync(section.Body, MaxTranscriptBytes, "transcript", cancellationToken));
                }
                else if (name == "file" && !string.IsNullOrEmpty(fileName))
                {
                    var upload = new RecordingUpload
                    {
                        CourseKey = target.Course.Key,
                        FileName = Path.GetFileName(fileName),
                        ContentType = section.ContentType ?? "application/octet-stream",
                        Media = section.Body,
                        Transcript = transcript,
                        Title = string.IsNullOrWhiteSpace(title) ? null : title,
                    };
                    return Answer(http, await uploads.ImportAsync(http, viewer, target, upload, cancellationToken));
                }
            }
        }
        catch (FieldTooLargeException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server stopped reading at the request size limit set above.
            return Results.Problem(statusCode: ex.StatusCode,
                title: $"The upload is larger than {ByteSize.Format(options.Value.MaxRecordingBytes)}, the largest recording Addin accepts.",
                detail: "Split the recording, or ask an administrator to raise Addin:Pipeline:MaxRecordingBytes.");
        }

        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No recording file was sent",
            detail: "Choose an MP4 or WebM file. If you add a transcript, the form must send it before the file.");
    }

    private static IResult Answer(HttpContext http, ImportAnswer answer)
    {
        if (answer.Problem is { } problem)
        {
            return problem;
        }

        bool wantsJson = http.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
        return wantsJson ? Results.Ok(new { recordingId = answer.RecordingId, url = answer.Url }) : Results.Redirect(answer.Url!);
    }

    private static async Task<string> ReadTextAsync(Stream body, int maxBytes, string field, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FieldTooLargeException($"The {field} is larger than {ByteSize.Format(maxBytes)}.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
    }

    /// <summary>A text field of the form is larger than the endpoint reads.</summary>
    private sealed class FieldTooLargeException(string message) : Exception(message);
}
