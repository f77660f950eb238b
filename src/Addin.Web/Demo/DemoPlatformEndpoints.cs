using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Platform;
using Addin.Lti.Services.Grades;
using Addin.Web.Components.Demo;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Demo;

/// <summary>
/// A real LTI 1.3 platform inside Addin for trying it without an LMS: it starts third-party logins, answers the
/// tool's authorization request with a signed id_token, and publishes its keys. The tool side treats it like any
/// other registered platform, over HTTP.
/// </summary>
public static class DemoPlatformEndpoints
{
    public static IEndpointRouteBuilder MapDemoPlatform(this IEndpointRouteBuilder app)
    {
        var demo = app.MapGroup("/demo").ExcludeFromDescription().DisableAntiforgery();
        demo.MapGet("/", async (DemoPlacedLinks placed, CancellationToken cancellationToken) =>
            new RazorComponentResult<DemoPage>(new { Personas = DemoLms.Personas, Courses = DemoLms.Courses, PlacedLinks = await placed.AllAsync(cancellationToken) }));
        demo.MapGet("/launch/{persona}", StartLaunch);
        demo.MapMethods("/platform/authorize", ["GET", "POST"], AuthorizeAsync);
        demo.MapDemoDeepLinking();
        demo.MapGet("/platform/jwks", (DemoPlatformKey key) => Results.Text(JwksDocument.Write([key.Key]), "application/json"));
        demo.MapDemoPlatformStorage();
        demo.MapDemoNamesRoles();
        demo.MapDemoGrades();
        return app;
    }

    /// <summary>The platform starts a third-party initiated login at the tool, as an LMS does when a link is clicked.</summary>
    private static IResult StartLaunch(string persona, DemoPlatformUrls urls) =>
        DemoLms.Persona(persona) is { } who ? StartLogin(urls, new DemoMessageHint(who, DemoMessageKind.CourseLink), urls.ToolTarget) : Results.NotFound();

    /// <summary>Redirects to the tool's login initiation for a persona; the hint says what the login is for.</summary>
    internal static IResult StartLogin(DemoPlatformUrls urls, DemoMessageHint hint, Uri target) =>
        Results.Redirect(urls.LoginInitiation(hint, target));

    private static async Task<IResult> AuthorizeAsync(
        HttpContext http, DemoPlatformUrls urls, DemoPlatformKey key, DemoLaunchMessages messages, TimeProvider time, CancellationToken cancellationToken)
    {
        var parameters = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (http.Request.HasFormContentType)
        {
            foreach (var field in await http.Request.ReadFormAsync(cancellationToken))
            {
                parameters[field.Key] = field.Value.ToString();
            }
        }

        var request = AuthorizationRequest.Parse(parameters);
        var problems = request.Validate(DemoLms.ClientId, [urls.ToolLaunch]).ToList();
        var hint = DemoMessageHint.Parse(request.LtiMessageHint);
        if (hint is null || hint.Persona.Subject != request.LoginHint)
        {
            problems.Add(new AuthorizationRequestProblem("login_hint", "is not a person of the demo platform, or does not match lti_message_hint."));
        }

        if (problems.Count > 0)
        {
            return Refused(string.Join(" ", problems.Select(p => $"{p.Parameter} {p.Message}")));
        }

        var persona = hint!.Persona;
        var course = DemoLms.Course(persona.CourseContextId);
        var token = new IdTokenBuilder(time)
            .ForTool(urls.Issuer, DemoLms.ClientId, DemoLms.DeploymentId)
            .WithNonce(request.Nonce!)
            .WithSubject(persona.Subject)
            .WithName(persona.Name)
            .WithEmail(persona.Email)
            .WithRoles(persona.Roles)
            .WithMentoredUsers(persona.Mentees)
            .WithContext(new LtiContext(course.ContextId, course.Label, course.Title, ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"]))
            .WithNamesRoleService(new LtiNamesRoleService(urls.Memberships(course.ContextId), ["2.0"]))
            .WithClaim(LtiClaimNames.AssignmentGradeServiceEndpoint, new JsonObject
            {
                ["scope"] = new JsonArray(AgsScopes.LineItem, AgsScopes.Score, AgsScopes.ResultReadOnly),
                ["lineitems"] = urls.LineItems(course.ContextId).AbsoluteUri,
            })
            .WithPlatformInstance(new LtiPlatformInstance("demo-platform", "Addin demo LMS", null, null, null, null, null));
        if (await messages.DescribeAsync(hint, course, token, cancellationToken) is null)
        {
            return Refused("lti_message_hint names a placed link the demo platform does not have.");
        }

        string idToken = token.Sign(key.Key);

        // The auto-posting form runs one inline script; the page allows exactly that script by its hash.
        http.Response.Headers.ContentSecurityPolicy = $"default-src 'none'; script-src {FormPost.ScriptHash}; form-action {urls.ToolLaunch.GetLeftPart(UriPartial.Authority)}; frame-ancestors 'self'";
        var fields = new Dictionary<string, string> { ["id_token"] = idToken, ["state"] = request.State! };
        return Results.Content(FormPost.Render(new Uri(request.RedirectUri!), fields), "text/html; charset=utf-8");
    }

    private static RazorComponentResult<MessagePage> Refused(string reason) => new(new
    {
        Model = new MessagePageModel("The demo platform refused the login", reason),
    })
    {
        StatusCode = StatusCodes.Status400BadRequest,
    };
}
