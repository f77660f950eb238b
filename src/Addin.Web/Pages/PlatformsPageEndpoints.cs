using Addin.Core.Audit;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pages;

/// <summary>
/// <c>/app/platforms</c>: an institution's administrators (reviewers) see its LMS registrations and add one by hand,
/// as <c>./addin platforms add</c> does, for their own institution only.
/// </summary>
public static class PlatformsPageEndpoints
{
    public static IEndpointRouteBuilder MapPlatformsPage(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        var page = app.MapGroup("/app/platforms").RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        page.MapGet("/", ShowAsync);
        page.MapPost("/", AddAsync);
        return app;
    }

    private static async Task<IResult> ShowAsync(string? added, string? notice, HttpContext http, PlatformRegistry registry, AddinDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        await audit.RecordAsync(http.Audit(viewer, AuditActions.ViewPlatforms, "platforms", null, allowed: viewer.Viewer.IsReviewer), cancellationToken);
        if (!viewer.Viewer.IsReviewer)
        {
            return AdministratorsOnly();
        }

        return await PageAsync(viewer, registry, db, PlatformForm.Empty, [], added is null ? notice : $"Registered '{added}'. Addin accepts its launches from now on.", cancellationToken);
    }

    private static async Task<IResult> AddAsync(HttpContext http, PlatformRegistry registry, AddinDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        if (!viewer.Viewer.IsReviewer)
        {
            await audit.RecordAsync(http.Audit(viewer, AuditActions.PlatformRegistered, "platform", null, allowed: false, "by hand: not an institution administrator"), cancellationToken);
            return AdministratorsOnly();
        }

        if (!http.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = PlatformForm.From(await http.Request.ReadFormAsync(cancellationToken));
        var problems = new List<string>();
        var request = await RequestAsync(form, viewer, registry, db, problems, cancellationToken);
        Platform? stored = null;
        if (request is not null)
        {
            (stored, var refused) = await registry.RegisterAsync(request, cancellationToken);
            problems.AddRange(refused);
        }

        string detail = stored is null ? $"by hand, refused: {string.Join(" ", problems)}" : $"by hand: {stored.Issuer} client {stored.ClientId}";
        await audit.RecordAsync(http.Audit(viewer, AuditActions.PlatformRegistered, "platform", stored?.Key, allowed: stored is not null, detail), cancellationToken);
        if (stored is not null)
        {
            return Results.Redirect(PageLinks.Platforms(viewer.Token) + "&added=" + Uri.EscapeDataString(stored.Key));
        }

        var page = await PageAsync(viewer, registry, db, form, problems, null, cancellationToken);
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    /// <summary>The registration the form asks for, in the viewer's institution; null with the problems when it cannot be one.</summary>
    private static async Task<PlatformRegistrationRequest?> RequestAsync(
        PlatformForm form, RequestViewer viewer, PlatformRegistry registry, AddinDbContext db, List<string> problems, CancellationToken cancellationToken)
    {
        foreach (var (field, value) in new[] { ("key", form.Key), ("name", form.Name), ("issuer", form.Issuer), ("client id", form.ClientId), ("authorization URL", form.AuthUrl), ("JWKS URL", form.JwksUrl), ("deployment id", form.Deployments) })
        {
            if (value.Length == 0)
            {
                problems.Add($"{field} is required.");
            }
        }

        var urls = new Dictionary<string, Uri?>();
        foreach (var (field, value) in new[] { ("authorization URL", form.AuthUrl), ("JWKS URL", form.JwksUrl), ("token URL", form.TokenUrl) })
        {
            urls[field] = Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : null;
            if (value.Length > 0 && url is null)
            {
                problems.Add($"{field} '{value}' is not an absolute URL.");
            }
        }

        // The form files the LMS under the viewer's institution: another institution's registration is not theirs to change.
        var existing = (await registry.ListAsync(cancellationToken)).FirstOrDefault(p => p.Key == form.Key);
        if (existing is not null && existing.InstitutionId != viewer.Viewer.InstitutionId)
        {
            problems.Add($"key '{form.Key}' is taken; choose another key.");
        }

        if (problems.Count > 0)
        {
            return null;
        }

        return new PlatformRegistrationRequest
        {
            Key = form.Key,
            Name = form.Name,
            InstitutionName = await InstitutionNameAsync(db, viewer, cancellationToken),
            Issuer = form.Issuer,
            ClientId = form.ClientId,
            AuthorizationEndpoint = urls["authorization URL"]!,
            JwksUri = urls["JWKS URL"]!,
            TokenEndpoint = urls["token URL"],
            AuthorizationServer = form.AuthorizationServer.Length == 0 ? null : form.AuthorizationServer,
            DeploymentIds = form.Deployments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    private static async Task<RazorComponentResult<PlatformsPage>> PageAsync(
        RequestViewer viewer, PlatformRegistry registry, AddinDbContext db, PlatformForm form, IReadOnlyList<string> problems, string? notice, CancellationToken cancellationToken)
    {
        var platforms = (await registry.ListAsync(cancellationToken))
            .Where(p => p.InstitutionId == viewer.Viewer.InstitutionId)
            .Select(p => new PlatformRow(p.Key, p.Name, p.Issuer, p.ClientId, p.Deployments.Select(d => d.DeploymentId).ToList(), p.TokenEndpoint, p.AutomaticImport))
            .ToList();
        var model = new PlatformsPageModel(
            await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken),
            await InstitutionNameAsync(db, viewer, cancellationToken),
            platforms,
            form,
            problems,
            notice);
        return new RazorComponentResult<PlatformsPage>(new { Model = model });
    }

    private static Task<string> InstitutionNameAsync(AddinDbContext db, RequestViewer viewer, CancellationToken cancellationToken) =>
        db.Institutions.Where(i => i.Id == viewer.Viewer.InstitutionId).Select(i => i.Name).SingleAsync(cancellationToken);

    private static RazorComponentResult<MessagePage> AdministratorsOnly() => new(new
    {
        Model = new MessagePageModel("Administrators only", "LMS registrations are for the institution's administrators: open Addin from your LMS with an administrator role."),
    })
    {
        StatusCode = StatusCodes.Status403Forbidden,
    };
}
