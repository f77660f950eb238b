using System.IO.Compression;
using Addin.Web.Lti;
using Addin.Web.Teams;
using Microsoft.Extensions.Options;

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
        config.MapGet("/teams-app.zip", (ToolUrls urls, IOptions<TeamsOptions> teams) => Results.File(TeamsAppPackage(urls, teams.Value), "application/zip", "addin-teams.zip"))
            .WithName("TeamsAppPackage")
            .WithSummary("The Microsoft Teams app package (manifest.json and the two icons) for this installation: upload it in Teams.");
        return app;
    }

    /// <summary>The Teams app package: manifest.json, color.png and outline.png at the root of a zip.</summary>
    public static byte[] TeamsAppPackage(ToolUrls urls, TeamsOptions teams)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(TeamsManifest.Write(urls, teams)));
            Add(zip, TeamsManifest.ColorIcon, TeamsIcons.Color());
            Add(zip, TeamsManifest.OutlineIcon, TeamsIcons.Outline());
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
