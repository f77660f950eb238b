using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Web;
using Addin.Lti.Platform;

namespace Addin.Testing;

/// <summary>Which LMS a <see cref="RegistrationLms"/> behaves like.</summary>
public enum LmsShape
{
    /// <summary>
    /// Moodle 4.x: messages listed as objects with deep linking in ContentArea, the registration token needed to
    /// register, and the deployment id in the answer's tool configuration.
    /// </summary>
    Moodle,

    /// <summary>
    /// Canvas: its own placement URLs and authorization_server, the registration token needed for the configuration
    /// too (and carried in its URL), numeric client ids, and no deployment id in the answer.
    /// </summary>
    Canvas,
}

/// <summary>
/// An LMS on 127.0.0.1 that speaks LTI Dynamic Registration: it serves its captured OpenID configuration (Moodle's
/// from sandbox.moodledemo.net, Canvas's from tests/fixtures/lti/altcs-lti-toolkit) with its issuer and endpoints
/// moved here, checks the tool's registration with <see cref="RegistrationEndpoint"/> and the bearer token, answers as
/// that LMS does, and publishes the key it signs launches with.
/// </summary>
public sealed class RegistrationLms : LocalHttpServer
{
    public const string Token = "registration-token-7f3a";

    private const string AdministrationPath = "admin/tool/register";

    private readonly LmsPaths paths;

    public RegistrationLms(LmsShape shape)
    {
        Shape = shape;
        paths = shape == LmsShape.Moodle ? LmsPaths.Moodle : LmsPaths.Canvas;
        Configuration = shape == LmsShape.Moodle ? MoodleConfiguration() : CanvasConfiguration();
    }

    public LmsShape Shape { get; }

    /// <summary>The issuer: this server's root without the trailing slash.</summary>
    public string Issuer => BaseUrl.AbsoluteUri.TrimEnd('/');

    /// <summary>The configuration served; change it to serve a broken one.</summary>
    public JsonObject Configuration { get; }

    /// <summary>The registration token the LMS accepts.</summary>
    public string AcceptedToken { get; set; } = Token;

    /// <summary>Replaces the registration endpoint's answer once the bearer token was accepted.</summary>
    public LocalResponse? RegistrationAnswer { get; set; }

    /// <summary>What the LMS registered: client id, the deployment it made, the tool's URLs, messages and scopes.</summary>
    public RegisteredTool? Registered { get; private set; }

    /// <summary>The key the LMS signs id_tokens with; its JWKS publishes the public half.</summary>
    public RsaSigningKey Key { get; } = RsaSigningKey.Create("lms-key-1");

    public Uri AuthorizationEndpoint => new(BaseUrl, paths.Authorization);

    /// <summary>The registration the tool posted, if any.</summary>
    public RecordedRequest? RegistrationRequest => Requests.LastOrDefault(r => r.Method == "POST" && r.Path == "/" + paths.Registration);

    /// <summary>The openid_configuration the LMS gives the tool: Canvas's carries the token in its query as well.</summary>
    public Uri ConfigurationUrl(string token) => Shape == LmsShape.Canvas
        ? new Uri(BaseUrl, $"{paths.Configuration}?registration_token={Uri.EscapeDataString(token)}")
        : new Uri(BaseUrl, paths.Configuration);

    /// <summary>Addin's registration URL as this LMS opens it: with its openid_configuration and a registration token.</summary>
    public Uri RegistrationUrl(Uri addin, string token = Token, string? institution = null) =>
        new(addin, $"/lti/register?openid_configuration={Uri.EscapeDataString(ConfigurationUrl(token).AbsoluteUri)}&registration_token={Uri.EscapeDataString(token)}"
                   + (institution is null ? "" : "&institution=" + Uri.EscapeDataString(institution)));

    /// <summary>
    /// The LMS's tool administration page: it opens a tool's registration URL in its dialog (a frame) and closes the
    /// dialog when the tool posts <c>org.imsglobal.lti.close</c>, as Moodle and Canvas do.
    /// </summary>
    public Uri AdministrationPage(Uri registrationUrl) => new(BaseUrl, $"{AdministrationPath}?tool={Uri.EscapeDataString(registrationUrl.AbsoluteUri)}");

    protected override Task<LocalResponse> Handle(RecordedRequest request)
    {
        string path = request.Path.TrimStart('/');
        if (request.Method == "GET" && path == AdministrationPath)
        {
            return Task.FromResult(AdministrationPageFor(HttpUtility.ParseQueryString(request.Url.Query)["tool"] ?? ""));
        }

        if (request.Method == "GET" && path == paths.Configuration)
        {
            return Task.FromResult(Shape == LmsShape.Canvas && !HasToken(request) ? InvalidToken() : Json(Configuration));
        }

        if (request.Method == "GET" && path == paths.Jwks)
        {
            return Task.FromResult(new LocalResponse(HttpStatusCode.OK, "application/json", JwksDocument.Write([Key])));
        }

        if (request.Method == "POST" && path == paths.Registration)
        {
            return Task.FromResult(Register(request));
        }

        return Task.FromResult(LocalResponse.NotFound(request.Path));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Key.Dispose();
        }

        base.Dispose(disposing);
    }

    private LocalResponse Register(RecordedRequest request)
    {
        if (!HasToken(request))
        {
            return InvalidToken();
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new LocalResponse(HttpStatusCode.UnsupportedMediaType, "application/json", """{"error":"unsupported_media_type"}""");
        }

        if (RegistrationAnswer is not null)
        {
            return RegistrationAnswer;
        }

        var scopes = Configuration["scopes_supported"]!.AsArray().Select(s => s!.GetValue<string>());
        var outcome = new RegistrationEndpoint(scopes).Register(request.Body);
        if (!outcome.Succeeded)
        {
            return new LocalResponse((HttpStatusCode)outcome.StatusCode, "application/json", outcome.ResponseJson);
        }

        var answer = JsonNode.Parse(outcome.ResponseJson)!.AsObject();
        Registered = outcome.Tool!;
        if (Shape == LmsShape.Canvas)
        {
            // Canvas numbers its developer keys, and made no deployment the answer names.
            Registered = Registered with { ClientId = "1000000000" + RandomNumberGenerator.GetInt32(1000, 9999).ToString(CultureInfo.InvariantCulture) };
            answer["client_id"] = Registered.ClientId;
            answer["https://purl.imsglobal.org/spec/lti-tool-configuration"]!.AsObject().Remove("deployment_id");
        }

        return Json(answer);
    }

    private static LocalResponse AdministrationPageFor(string tool) => new(HttpStatusCode.OK, "text/html; charset=utf-8", $$"""
        <!DOCTYPE html><title>Manage tools</title><link rel="icon" href="data:,">
        <iframe name="registration" src="{{WebUtility.HtmlEncode(tool)}}" width="900" height="800"></iframe>
        <script>
          window.addEventListener('message', e => {
            if (e.data?.subject === 'org.imsglobal.lti.close') { document.title = 'closed'; document.querySelector('iframe').remove(); }
          });
        </script>
        """);

    private bool HasToken(RecordedRequest request) => request.Authorization == "Bearer " + AcceptedToken;

    private static LocalResponse InvalidToken() =>
        new(HttpStatusCode.Unauthorized, "application/json", """{"error":"invalid_token","error_description":"The registration token is invalid or has expired."}""");

    private JsonObject MoodleConfiguration()
    {
        var configuration = Fixture("atomicjolt", "moodle-3.11-openid-configuration.json");
        MoveEndpoints(configuration);
        var lti = configuration["https://purl.imsglobal.org/spec/lti-platform-configuration"]!.AsObject();
        lti["version"] = "4.3.4 (Build: 20240422)";
        lti["messages_supported"] = new JsonArray(
            new JsonObject { ["type"] = "LtiResourceLinkRequest" },
            new JsonObject { ["type"] = "LtiDeepLinkingRequest", ["placements"] = new JsonArray("ContentArea") });
        lti.Remove("placements");
        return configuration;
    }

    private JsonObject CanvasConfiguration()
    {
        var configuration = Fixture("altcs-lti-toolkit", "dynreg--lms-information.json");
        MoveEndpoints(configuration);
        configuration["authorization_server"] = BaseUrl.Authority;
        return configuration;
    }

    private void MoveEndpoints(JsonObject configuration)
    {
        configuration["issuer"] = Issuer;
        configuration["authorization_endpoint"] = AuthorizationEndpoint.AbsoluteUri;
        configuration["registration_endpoint"] = new Uri(BaseUrl, paths.Registration).AbsoluteUri;
        configuration["jwks_uri"] = new Uri(BaseUrl, paths.Jwks).AbsoluteUri;
        configuration["token_endpoint"] = new Uri(BaseUrl, paths.Token).AbsoluteUri;
    }

    private static JsonObject Fixture(params string[] parts) =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture(["lti", .. parts])))!.AsObject();

    /// <summary>Where each LMS keeps its endpoints (relative to its root).</summary>
    private sealed record LmsPaths(string Configuration, string Registration, string Jwks, string Authorization, string Token)
    {
        public static readonly LmsPaths Moodle = new(
            "mod/lti/openid-configuration.php", "mod/lti/openid-registration.php", "mod/lti/certs.php", "mod/lti/auth.php", "mod/lti/token.php");

        public static readonly LmsPaths Canvas = new(
            "api/lti/security/openid-configuration", "api/lti/registrations", "api/lti/security/jwks", "api/lti/authorize_redirect", "login/oauth2/token");
    }
}
