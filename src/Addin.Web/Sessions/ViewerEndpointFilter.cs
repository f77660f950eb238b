using Addin.Core.Audit;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Sessions;

/// <summary>Lets a request through only with a valid page session; the viewer is then available as <see cref="Viewer(HttpContext)"/>.</summary>
public static class ViewerEndpointFilter
{
    private const string ItemKey = "Addin.RequestViewer";

    public static TBuilder RequireViewer<TBuilder>(this TBuilder builder, bool api = false)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var resolver = http.RequestServices.GetRequiredService<ViewerResolver>();
            var viewer = await resolver.ResolveAsync(http, http.RequestAborted);
            if (viewer is null)
            {
                var audit = http.RequestServices.GetRequiredService<AuditLog>();
                await audit.RecordAsync(http.Audit(null, AuditActions.SessionRefused, "page", http.Request.Path, allowed: false, "missing, forged or expired session token"), http.RequestAborted);
                return api
                    ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Session expired", detail: "Open Addin again from your course in the LMS.")
                    : SessionExpired();
            }

            http.Items[ItemKey] = viewer;
            return await next(context);
        });
        return builder;
    }

    public static RequestViewer Viewer(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items[ItemKey] as RequestViewer ?? throw new InvalidOperationException("The endpoint needs RequireViewer().");
    }

    private static RazorComponentResult<MessagePage> SessionExpired() => new(new
    {
        Model = new MessagePageModel("Your session has ended", "This page was opened without a valid session, or the session has expired. Open Addin again from your course in the LMS."),
    })
    {
        StatusCode = StatusCodes.Status401Unauthorized,
    };
}
