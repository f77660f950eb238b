using Addin.Web.Lti;

namespace Addin.Web.Manifests;

/// <summary>The configurations an LMS administrator needs, generated for this installation's URLs.</summary>
public static class ManifestEndpoints
{
    public static IEndpointRouteBuilder MapManifestEndpoints(this IEndpointRouteBuilder app)
    {
        var config = app.MapGroup("/lti/config").WithTags("Installation");
        config.MapGet("/canvas.json", (ToolUrls urls) => Results.Text(CanvasConfiguration.Write(urls), "application/json"))
            .WithName("CanvasConfiguration")
            .WithSummary("The Canvas developer key JSON (LTI 1.3) for this installation: paste it or enter this URL.");
        config.MapGet("/moodle.json", (ToolUrls urls) => Results.Text(MoodleConfiguration.Write(urls), "application/json"))
            .WithName("MoodleConfiguration")
            .WithSummary("The dynamic registration URL and the manual fields for Moodle 4.x.");
        return app;
    }
}
