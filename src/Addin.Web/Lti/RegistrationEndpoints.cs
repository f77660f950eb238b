using Addin.Core.Audit;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Configuration;
using Addin.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Addin.Web.Lti;

/// <summary>The tool's LTI Dynamic Registration URL, which an LMS administrator pastes into the LMS.</summary>
public static class RegistrationEndpoints
{
    public static IEndpointRouteBuilder MapRegistrationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ToolUrls.RegistrationPath, RegisterAsync)
            .WithName("LtiDynamicRegistration")
            .WithTags("Installation")
            .WithSummary("LTI Dynamic Registration: the LMS opens it with openid_configuration and registration_token; Addin registers itself with the LMS and stores it.");
        return app;
    }

    private static async Task<IResult> RegisterAsync(
        [FromQuery(Name = "openid_configuration")] string? openIdConfiguration,
        [FromQuery(Name = "registration_token")] string? registrationToken,
        [FromQuery(Name = "institution")] string? institution,
        HttpContext http,
        IOptions<DynamicRegistrationOptions> options,
        IOptions<AddinOptions> addin,
        PlatformSelfRegistration registration,
        AuditLog audit,
        CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.Policy(FrameAncestors(addin.Value, openIdConfiguration));
        var (registered, refusal) = await registration.RegisterAsync(openIdConfiguration, registrationToken, institution, cancellationToken);
        if (registered is null)
        {
            await audit.RecordAsync(http.Audit(null, AuditActions.PlatformRegistrationRefused, "platform", null, allowed: false, $"{refusal!.Code} {refusal.Field}".Trim()), cancellationToken);
            return new RazorComponentResult<RegistrationErrorPage>(new { Model = refusal }) { StatusCode = refusal.StatusCode };
        }

        var platform = registered.Platform;
        await audit.RecordAsync(
            http.Audit(null, AuditActions.PlatformRegistered, "platform", platform.Key, allowed: true, $"{platform.Issuer} client {platform.ClientId}") with { PlatformId = platform.Id },
            cancellationToken);
        return new RazorComponentResult<RegistrationDonePage>(new { Model = RegistrationDoneModel.For(registered) });
    }

    // The LMS frames this page (Canvas, Moodle), and an LMS registering for the first time is not yet among the
    // configured frame ancestors; the LMS's own origin is added. The page has no form, so framing cannot abuse it.
    private static IEnumerable<string> FrameAncestors(AddinOptions options, string? openIdConfiguration) =>
        options.FrameAncestors.Contains("*") || !Uri.TryCreate(openIdConfiguration, UriKind.Absolute, out var lms) || lms.Scheme is not ("https" or "http")
            ? options.FrameAncestors
            : options.FrameAncestors.Append(lms.GetLeftPart(UriPartial.Authority));
}
