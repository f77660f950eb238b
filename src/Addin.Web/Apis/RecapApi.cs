using System.Globalization;
using System.Text.Json.Nodes;
using Addin.Core.Audit;
using Addin.Core.Recaps;
using Addin.Web.Audit;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Apis;

/// <summary>
/// A recording's recap as JSON, as the viewer may see it: reviewers get the current version with its internals and
/// history; students and mentors get the approved version only, without confidences or the summariser run.
/// </summary>
public static class RecapApi
{
    public static IEndpointRouteBuilder MapRecapApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/recordings").RequireViewer(api: true).WithTags("Recordings")
            .MapGet("/{recordingId:long}/recap", RecapAsync)
            .WithName("RecordingRecap")
            .WithSummary("The recording's recap: the current version for those who review it, the approved one for everyone else.");
        return app;
    }

    private static async Task<Results<Ok<RecapDto>, NotFound>> RecapAsync(long recordingId, HttpContext http, RecapReader reader, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var recap = await reader.ForViewerAsync(viewer.Viewer, recordingId, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ReadRecap, "recording", recordingId.ToString(CultureInfo.InvariantCulture), recap is not null), cancellationToken);
        return recap is null ? TypedResults.NotFound() : TypedResults.Ok(RecapDto.From(recap));
    }
}

/// <summary>A recap as the API sends it. <see cref="DroppedClaims"/> and <see cref="History"/> are sent to reviewers only.</summary>
public sealed record RecapDto(string Status, int Version, JsonNode Recap, int? DroppedClaims, IReadOnlyList<RecapHistoryDto>? History)
{
    public static RecapDto From(RecapForViewer recap)
    {
        ArgumentNullException.ThrowIfNull(recap);
        var content = JsonNode.Parse(RecapJson.Write(recap.Recap))!;
        if (!recap.CanReview)
        {
            WithoutInternals(content);
            return new RecapDto(recap.Status.ToString(), recap.Version, content, null, null);
        }

        return new RecapDto(recap.Status.ToString(), recap.Version, content, recap.DroppedClaims,
            [.. recap.History.Select(h => new RecapHistoryDto(h.Number, h.Status.ToString(), h.Change, h.By, h.At))]);
    }

    private static void WithoutInternals(JsonNode node)
    {
        switch (node)
        {
            case JsonObject item:
                item.Remove("confidence");
                item.Remove("run");
                foreach (var child in item.Select(p => p.Value).OfType<JsonNode>().ToList())
                {
                    WithoutInternals(child);
                }

                break;
            case JsonArray items:
                foreach (var child in items.OfType<JsonNode>())
                {
                    WithoutInternals(child);
                }

                break;
        }
    }
}

/// <summary>One version in a recap's history, status by name.</summary>
public sealed record RecapHistoryDto(int Number, string Status, string Change, string? By, DateTimeOffset At);
