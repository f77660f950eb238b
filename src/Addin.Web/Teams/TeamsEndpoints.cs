using System.Globalization;
using System.Text.Json;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Web.Audit;
using Addin.Web.Components.Teams;
using Addin.Web.Configuration;
using Addin.Web.Hosting;
using Addin.Web.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Addin.Web.Teams;

/// <summary>
/// Addin as a Microsoft Teams tab: the tab and configuration pages (framed by Teams only), the single sign-on
/// exchange (<c>POST /teams/session</c>: Entra ID token → page session), and the page where a team owner links the
/// team to a course.
/// </summary>
public static partial class TeamsEndpoints
{
    /// <summary>The Teams JavaScript library fetches its list of valid host origins from this CDN (falling back to a built-in list).</summary>
    public const string TeamsJsCdn = "https://res.cdn.office.net";

    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder app)
    {
        var teams = app.MapGroup(TeamsRoutes.Prefix).ExcludeFromDescription().AddEndpointFilter(FramedByTeams);
        teams.MapGet("/tab", (IOptions<TeamsOptions> options, IOptions<AddinOptions> addin) => TabPage(TeamsPageMode.Tab, options.Value, addin.Value));
        teams.MapGet("/configure", (IOptions<TeamsOptions> options, IOptions<AddinOptions> addin) => TabPage(TeamsPageMode.Configure, options.Value, addin.Value));

        // No antiforgery token: the request carries its own proof (the Entra ID token), and no cookie is involved.
        teams.MapPost("/session", SessionAsync).DisableAntiforgery();
        teams.MapGet("/link", LinkPageAsync).RequireViewer();
        teams.MapPost("/link", LinkAsync).RequireViewer().DisableAntiforgery();
        return app;
    }

    /// <summary>Teams (and the Microsoft 365 hosts) may frame these pages; the Teams library may fetch its origin list.</summary>
    private static ValueTask<object?> FramedByTeams(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var teams = http.RequestServices.GetRequiredService<IOptions<TeamsOptions>>().Value;
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.Policy(teams.FrameAncestors, $"'self' {TeamsJsCdn}");
        return next(context);
    }

    private static RazorComponentResult<TeamsTabPage> TabPage(TeamsPageMode mode, TeamsOptions teams, AddinOptions addin) => new(new
    {
        Model = new TeamsTabPageModel(mode, teams.IsConfigured, TeamsRoutes.SessionPath, TeamsRoutes.Tab(addin.PublicBaseUrl).ToString()),
    });

    private static async Task<IResult> SessionAsync(
        HttpContext http,
        EntraTokenValidator validator,
        TeamsSignIn signIn,
        AuditLog audit,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TeamsEndpoints));
        try
        {
            var identity = await validator.ValidateAsync(BearerToken(http), cancellationToken);
            var request = await ReadRequestAsync(http, cancellationToken);
            var result = await signIn.SignInAsync(identity, request, cancellationToken);
            await audit.RecordAsync(
                new AuditRecord(TeamsAuditActions.SignIn, result.CourseId is null ? "team" : "course",
                    result.CourseId?.ToString(CultureInfo.InvariantCulture) ?? result.TeamKey, Allowed: true)
                {
                    PersonId = result.PersonId,
                    PlatformId = result.PlatformId,
                    Origin = http.AuditOrigin(),
                    Detail = $"{result.Answer.Status} {result.Answer.Role}".Trim(),
                },
                cancellationToken);
            return Results.Json(result.Answer, JsonSerializerOptions.Web);
        }
        catch (TeamsSignInException ex)
        {
            LogRefused(logger, ex.Check, ex.Message);
            await audit.RecordAsync(http.Audit(null, TeamsAuditActions.SignInRefused, "teams", null, allowed: false, ex.Check), cancellationToken);
            if (ex.StatusCode == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            }

            return Results.Problem(
                statusCode: ex.StatusCode,
                title: $"Teams sign-in refused: {ex.Check}",
                detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["check"] = ex.Check });
        }
    }

    private static async Task<IResult> LinkPageAsync(
        HttpContext http, AddinDbContext db, TeamContextTokens teamTokens, TeamsLinking linking, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        if (ReadTeam(http, teamTokens, viewer) is not { } team)
        {
            return PageEndpoints.NotFound("team");
        }

        var (state, message) = await linking.CheckOwnerAsync(viewer, team, cancellationToken);
        await audit.RecordAsync(http.Audit(viewer, TeamsAuditActions.ViewLink, "team", team.Team.Key, allowed: state == TeamsLinkState.CanLink, state.ToString()), cancellationToken);
        return await LinkPageResultAsync(http, db, linking, viewer, team, state, message, cancellationToken);
    }

    private static async Task<IResult> LinkAsync(
        HttpContext http,
        AddinDbContext db,
        TeamContextTokens teamTokens,
        TeamsLinking linking,
        ViewerSessionTokens sessions,
        AuditLog audit,
        CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        if (ReadTeam(http, teamTokens, viewer) is not { } team)
        {
            return PageEndpoints.NotFound("team");
        }

        var (state, message) = await linking.CheckOwnerAsync(viewer, team, cancellationToken);
        if (state != TeamsLinkState.CanLink)
        {
            await audit.RecordAsync(http.Audit(viewer, TeamsAuditActions.Link, "team", team.Team.Key, allowed: false, state.ToString()), cancellationToken);
            return await LinkPageResultAsync(http, db, linking, viewer, team, state, message, cancellationToken);
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
        string? choice = form?["course"];
        long? courseId = long.TryParse(choice, NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : null;
        if (courseId is null && choice != "new")
        {
            return await LinkPageResultAsync(http, db, linking, viewer, team, state, "Choose a course, or a new course for the team.", cancellationToken);
        }

        var linked = await linking.LinkAsync(viewer, team, courseId, form?["title"], cancellationToken);
        string detail = $"{team.TeamName} → course {linked?.ToString(CultureInfo.InvariantCulture) ?? choice}";
        await audit.RecordAsync(http.Audit(viewer, TeamsAuditActions.Link, "team", team.Team.Key, allowed: linked is not null, detail), cancellationToken);
        if (linked is not { } course)
        {
            return await LinkPageResultAsync(http, db, linking, viewer, team, state, "You do not teach that course, so you cannot link it. Choose one of the courses listed.", cancellationToken, StatusCodes.Status403Forbidden);
        }

        // See Other: the browser (Teams' frame) opens the course with a GET, and a reload does not post again.
        return new SeeOther(PageLinks.Course(course, sessions.Issue(viewer.Person.Id, course)));
    }

    private static async Task<IResult> LinkPageResultAsync(
        HttpContext http, AddinDbContext db, TeamsLinking linking, RequestViewer viewer, TeamContext team, TeamsLinkState state, string? message,
        CancellationToken cancellationToken, int? statusCode = null)
    {
        var current = await linking.CurrentAsync(team, cancellationToken);
        var courses = state == TeamsLinkState.CanLink ? await linking.CoursesAsync(viewer, cancellationToken) : [];
        string action = TeamsRoutes.Link(viewer.Token, http.Request.Query[TeamsRoutes.TeamQueryName].ToString());
        var model = new TeamsLinkPageModel(
            await RoleLabels.ForCourseAsync(db, viewer, null, cancellationToken),
            team.TeamName,
            action,
            state,
            courses,
            current?.CourseId,
            current?.Course?.Title,
            message);
        return new RazorComponentResult<TeamsLinkPage>(new { Model = model })
        {
            StatusCode = statusCode ?? (state == TeamsLinkState.CanLink ? StatusCodes.Status200OK
                : state == TeamsLinkState.GraphUnavailable ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status403Forbidden),
        };
    }

    /// <summary>The signed team of the link page; null when it is missing, forged, expired or someone else's.</summary>
    private static TeamContext? ReadTeam(HttpContext http, TeamContextTokens teamTokens, RequestViewer viewer) =>
        teamTokens.Read(http.Request.Query[TeamsRoutes.TeamQueryName]) is { } team && team.PersonId == viewer.Person.Id ? team : null;

    private static string? BearerToken(HttpContext http)
    {
        string? header = http.Request.Headers.Authorization;
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static async Task<TeamsSessionRequest> ReadRequestAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
        {
            return new TeamsSessionRequest(null, null, null, null, null);
        }

        try
        {
            return await http.Request.ReadFromJsonAsync<TeamsSessionRequest>(JsonSerializerOptions.Web, cancellationToken)
                   ?? new TeamsSessionRequest(null, null, null, null, null);
        }
        catch (JsonException)
        {
            throw new TeamsSignInException(TeamsChecks.ContextMalformed, "The Teams context sent with the token is not valid JSON.", StatusCodes.Status400BadRequest);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams sign-in refused: {Check} {Reason}")]
    private static partial void LogRefused(ILogger logger, string check, string reason);

    /// <summary>303 See Other.</summary>
    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}

/// <summary>The audited actions of the Teams tab.</summary>
public static class TeamsAuditActions
{
    public const string SignIn = "teams.signin";
    public const string SignInRefused = "teams.signin.refused";
    public const string ViewLink = "teams.link.view";
    public const string Link = "teams.link";
}
