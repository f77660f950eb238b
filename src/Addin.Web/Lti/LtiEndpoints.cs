using Addin.Core.Audit;
using Addin.Lti;
using Addin.Lti.DeepLinking;
using Addin.Lti.Keys;
using Addin.Lti.Launch;
using Addin.Lti.Login;
using Addin.Lti.PlatformStorage;
using Addin.Web.Audit;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Lti;

/// <summary>The tool's LTI 1.3 endpoints: OIDC login initiation and the launch (redirect_uri).</summary>
public static partial class LtiEndpoints
{
    public const string LoginPath = "/lti/login";
    public const string LaunchPath = "/lti/launch";
    public const string VerifiedLaunchPath = "/lti/launch/verified";

    public static IEndpointRouteBuilder MapLtiEndpoints(this IEndpointRouteBuilder app)
    {
        var lti = app.MapGroup("/lti").DisableAntiforgery();
        lti.MapMethods("/login", ["GET", "POST"], LoginAsync)
            .WithName("LtiLogin")
            .WithSummary("Third-party initiated OIDC login: redirects to the platform's authorization endpoint.");
        lti.MapPost("/launch", LaunchAsync)
            .WithName("LtiLaunch")
            .WithSummary("The LTI launch: validates the platform's id_token and opens the course page.");
        lti.MapPost("/launch/verified", VerifiedLaunchAsync)
            .WithName("LtiLaunchVerified")
            .WithSummary("A launch that came without the login cookie, posted again by the tool's page with the state the platform's storage holds.");
        lti.MapGet("/jwks", JwksAsync)
            .WithName("LtiJwks")
            .WithSummary("The tool's public keys (previous in grace, current, next), for platforms to verify its signed messages.");
        return app;
    }

    private static async Task<IResult> JwksAsync(HttpContext http, ToolKeyRing keys, CancellationToken cancellationToken)
    {
        // Platforms cache the set; a short max-age keeps a freshly rotated next key visible within the hour.
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(await keys.GetJwksJsonAsync(cancellationToken), "application/json");
    }

    private static async Task<IResult> LoginAsync(HttpContext http, OidcLoginInitiator initiator, AuditLog audit, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var parameters = await ReadParametersAsync(http.Request, cancellationToken);
        try
        {
            var redirect = await initiator.InitiateAsync(OidcLoginRequest.FromForm(parameters), cancellationToken);
            BrowserStateCookie.Set(http, redirect.State, TimeSpan.FromMinutes(10));
            return redirect.PlatformStorage is { } storage
                ? PlatformStoragePages.Login(http, storage, redirect.RedirectUri)
                : Results.Redirect(redirect.RedirectUri.ToString());
        }
        catch (LtiValidationException ex)
        {
            LogRefused(loggers.CreateLogger(typeof(LtiEndpoints)), "login", ex.ErrorId, ex.Message);
            await audit.RecordAsync(http.Audit(null, AuditActions.LoginRefused, "login", null, allowed: false, ex.ErrorId), cancellationToken);
            return ErrorPage(ex);
        }
    }

    private static async Task<IResult> LaunchAsync(
        HttpContext http,
        PlatformStorageChecks storageChecks,
        [AsParameters] LaunchServices services,
        CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        string? state = form["state"];
        string? cookieState = BrowserStateCookie.Read(http, state);

        // No cookie (blocked in the LMS iframe): if the login was offered platform storage, a page of ours in the
        // platform's frame reads the state back and posts the launch again to the verified endpoint.
        if (cookieState is null && await storageChecks.FindAsync(state, cancellationToken) is { } check)
        {
            return PlatformStoragePages.ConfirmLaunch(http, check, form["id_token"]);
        }

        BrowserStateCookie.Clear(http, state);
        return await CompleteLaunchAsync(http, new LaunchRequest(form["id_token"], state, BrowserBinding.FromCookie(cookieState)), services, cancellationToken);
    }

    private static async Task<IResult> VerifiedLaunchAsync(HttpContext http, [AsParameters] LaunchServices services, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        string? state = form["state"];
        BrowserStateCookie.Clear(http, state);
        var binding = BrowserBinding.FromPlatformStorage(form["confirmed_state"]);
        return await CompleteLaunchAsync(http, new LaunchRequest(form["id_token"], state, binding), services, cancellationToken);
    }

    private static async Task<IResult> CompleteLaunchAsync(HttpContext http, LaunchRequest request, LaunchServices services, CancellationToken cancellationToken)
    {
        var (validator, recorder, registrations, sessions, picks, rosterSync, audit, loggers) = services;
        var logger = loggers.CreateLogger(typeof(LtiEndpoints));
        try
        {
            var launch = await validator.ValidateAsync(request, cancellationToken);
            long platformId = await registrations.PlatformIdAsync(launch.Issuer, launch.RegistrationKey, cancellationToken);
            var (person, course) = await recorder.RecordAsync(launch.ToFacts(platformId), cancellationToken);
            rosterSync.AfterLaunch(course);
            await audit.RecordAsync(
                new AuditRecord(AuditActions.Launch, "course", course?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Allowed: true)
                {
                    PersonId = person.Id,
                    PlatformId = platformId,
                    Origin = http.AuditOrigin(),
                    Detail = string.Join(' ', launch.Roles),
                },
                cancellationToken);
            string token = sessions.Issue(person.Id, course?.Id);
            if (launch.DeepLinking is not null)
            {
                // Content selection: the picker answers the request; what it must answer travels sealed, not trusted.
                string pick = picks.Issue(DeepLinkingContext.FromLaunch(launch), person.Id, course?.Id, token);
                return Results.Redirect(PageLinks.DeepLinkPicker(token, pick));
            }

            return Results.Redirect(LaunchDestination.For(launch.TargetLinkUri, course?.Id, token));
        }
        catch (LtiValidationException ex)
        {
            LogRefused(logger, "launch", ex.ErrorId, ex.Message);
            await audit.RecordAsync(http.Audit(null, AuditActions.LaunchRefused, "launch", null, allowed: false, ex.ErrorId), cancellationToken);
            return ErrorPage(ex);
        }
    }

    private static RazorComponentResult<LaunchErrorPage> ErrorPage(LtiValidationException ex) => new(new
    {
        Model = new LaunchErrorModel(ex.ErrorId, ex.Message),
    })
    {
        StatusCode = ex.StatusCode,
    };

    private static async Task<Dictionary<string, string>> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            foreach (var field in await request.ReadFormAsync(cancellationToken))
            {
                parameters[field.Key] = field.Value.ToString();
            }
        }

        return parameters;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LTI {Step} refused: {ErrorId} {Reason}")]
    private static partial void LogRefused(ILogger logger, string step, string errorId, string reason);
}
