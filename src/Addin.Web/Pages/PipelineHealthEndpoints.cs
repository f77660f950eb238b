using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Pipeline;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Pages;

/// <summary>The pipeline health page for the institution's reviewers, and its Retry button. Others get the same 404 as for anything they may not see.</summary>
public static class PipelineHealthEndpoints
{
    public static IEndpointRouteBuilder MapPipelineHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app/admin/pipeline", ShowAsync).RequireViewer().ExcludeFromDescription();

        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapPost("/app/admin/pipeline/retry/{recordingId:long}", RetryAsync).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ShowAsync(string? notice, HttpContext http, PipelineHealthQuery query, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var model = await query.BuildAsync(viewer, notice, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewPipelineHealth, "pipeline", null, allowed: model is not null), cancellationToken);
        return model is null ? PageEndpoints.NotFound("page") : new RazorComponentResult<PipelineHealthPage>(new { Model = model });
    }

    private static async Task<IResult> RetryAsync(long recordingId, HttpContext http, FailedRecordingRetry retry, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        bool done = await retry.RetryAsync(viewer.Viewer, recordingId, viewer.Person.DisplayName, cancellationToken);
        string target = recordingId.ToString(CultureInfo.InvariantCulture);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.RetryRecording, "recording", target, allowed: done), cancellationToken);
        if (!done)
        {
            return PageEndpoints.NotFound("failed recording");
        }

        return Results.Redirect(PageLinks.PipelineHealth(viewer.Token, $"Recording {target} is queued again from the stage that failed."));
    }
}
