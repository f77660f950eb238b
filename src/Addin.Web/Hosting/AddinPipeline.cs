using Addin.Web.Apis;
using Addin.Web.Apis.Tus;
using Addin.Web.Configuration;
using Addin.Web.Demo;
using Addin.Web.Health;
using Addin.Web.Lti;
using Addin.Web.Manifests;
using Addin.Web.Media;
using Addin.Web.Pages;
using Addin.Web.Teams;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Addin.Web.Hosting;

/// <summary>Addin's HTTP pipeline and endpoints.</summary>
public static class AddinPipeline
{
    public static WebApplication UseAddin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<AddinOptions>>().Value;
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders(options);
        app.UseStaticFiles();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapLtiEndpoints();
        app.MapRegistrationEndpoints();
        app.MapPageEndpoints();
        app.MapPipelineHealthEndpoints();
        app.MapQualityEndpoints();
        app.MapRiskRosterEndpoints();
        app.MapAuditLogEndpoints();
        app.MapStudentErasureEndpoints();
        app.MapPlatformsPage();
        app.MapCourseCopyEndpoints();
        app.MapRecapEndpoints();
        app.MapReviewSelfCheckEndpoints();
        app.MapRecordingControlEndpoints();
        app.MapRetentionPage();
        app.MapCourseRecapSettingsEndpoints();
        app.MapCourseCaptionSettingsEndpoints();
        app.MapDeepLinkEndpoints();
        app.MapRecordingApi();
        app.MapRecapApi();
        app.MapPlaybackApi();
        app.MapSearchApi();
        app.MapUploadEndpoint();
        app.MapResumableUploadEndpoints();
        app.MapSourceWebhookEndpoint();
        app.MapCourseExternalIdEndpoints();
        app.MapAutomaticImportEndpoints();
        app.MapSessionEndpoints();
        app.MapMediaEndpoints();
        app.MapManifestEndpoints();
        app.MapTeamsEndpoints();
        if (options.EnableDemo)
        {
            app.MapDemoPlatform();
            app.MapGet("/", () => Results.Redirect("/demo")).ExcludeFromDescription();
        }

        return app;
    }
}
