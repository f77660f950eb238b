using System.Globalization;
using System.Text.Json.Serialization;
using Addin.Core.Access;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Web.Audit;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Apis;

/// <summary>JSON for the pages' scripts: a recording's pipeline status and its transcript.</summary>
public static class RecordingApi
{
    public static IEndpointRouteBuilder MapRecordingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/recordings").RequireViewer(api: true).WithTags("Recordings");
        api.MapGet("/{recordingId:long}/status", StatusAsync)
            .WithName("RecordingStatus")
            .WithSummary("Where the recording is in the pipeline: stage, status, percent and the last error.");
        api.MapGet("/{recordingId:long}/transcript", TranscriptAsync)
            .WithName("RecordingTranscript")
            .WithSummary("The recording's transcript as timed lines with speakers.");
        return app;
    }

    private static async Task<Results<Ok<RecordingStatusDto>, NotFound>> StatusAsync(long recordingId, HttpContext http, AccessPolicy access, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var status = await access.VisibleRecordings(viewer.Viewer).AsNoTracking()
            .Where(r => r.Id == recordingId)
            .Select(r => new RecordingStatusDto(r.Id, r.Stage, r.Status, r.Progress, r.Error))
            .SingleOrDefaultAsync(cancellationToken);
        return status is null ? TypedResults.NotFound() : TypedResults.Ok(status);
    }

    private static async Task<Results<Ok<List<TranscriptLineDto>>, NotFound>> TranscriptAsync(
        long recordingId, HttpContext http, AccessPolicy access, AddinDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        bool visible = await access.VisibleRecordings(viewer.Viewer).AnyAsync(r => r.Id == recordingId, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ReadTranscript, "recording", recordingId.ToString(CultureInfo.InvariantCulture), visible), cancellationToken);
        if (!visible)
        {
            return TypedResults.NotFound();
        }

        var lines = await db.TranscriptLines.AsNoTracking()
            .Where(l => db.Transcripts.Any(t => t.Id == l.TranscriptId && t.RecordingId == recordingId))
            .OrderBy(l => l.Index)
            .Select(l => new TranscriptLineDto(l.StartMs / 1000.0, l.EndMs / 1000.0, l.Speaker, l.Text))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(lines);
    }
}

/// <summary>A recording's pipeline status. Stage and status are sent by name (<c>"Transcript"</c>, <c>"Retrying"</c>), as the pages' script reads them.</summary>
public sealed record RecordingStatusDto(
    long Id,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PipelineStage>))] PipelineStage Stage,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RecordingStatus>))] RecordingStatus Status,
    int Progress,
    string? Error);

/// <summary>A transcript line.</summary>
public sealed record TranscriptLineDto(double Start, double End, string? Speaker, string Text);
