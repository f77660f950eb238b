using System.Text.Json.Nodes;
using Addin.Lti.Platform;

namespace Addin.Lti.Tests.Support;

/// <summary>
/// A platform on 127.0.0.1 that follows the Dynamic Registration wire format: it serves a captured openid-configuration
/// (its issuer and registration endpoint moved to this server) and a registration endpoint that checks the bearer
/// token and the posted registration before answering with a captured registration response.
/// </summary>
internal sealed class TestRegistrationPlatform : IDisposable
{
    public const string RegistrationPath = "/register";

    private readonly TestPlatformServer _server;

    public TestRegistrationPlatform(string configurationFixture, string configurationPath, string? registrationResponseFixture, string? expectedToken)
    {
        ConfigurationPath = configurationPath;
        ExpectedToken = expectedToken;
        _server = new TestPlatformServer(Answer);
        Configuration = FixturePayloads.Load(configurationFixture);
        Configuration["issuer"] = _server.BaseUri.AbsoluteUri.TrimEnd('/');
        Configuration["registration_endpoint"] = _server.Url(RegistrationPath).AbsoluteUri;
        RegistrationResponse = registrationResponseFixture is null ? null : FixturePayloads.Load(registrationResponseFixture);
    }

    /// <summary>The configuration served; change it to serve a broken one.</summary>
    public JsonObject Configuration { get; set; }

    /// <summary>The registration answer; null answers with <see cref="RegistrationEndpoint"/>'s own.</summary>
    public JsonObject? RegistrationResponse { get; set; }

    /// <summary>Overrides the registration endpoint's answer (status and body).</summary>
    public PlatformAnswer? RegistrationAnswer { get; set; }

    /// <summary>Overrides the configuration endpoint's answer.</summary>
    public PlatformAnswer? ConfigurationAnswer { get; set; }

    public string ConfigurationPath { get; }

    public string? ExpectedToken { get; }

    public Uri ConfigurationUrl => _server.Url(ConfigurationPath);

    public Uri BaseUri => _server.BaseUri;

    public IReadOnlyCollection<ReceivedRequest> Requests => _server.Requests;

    public ReceivedRequest? Registration => _server.Requests.LastOrDefault(r => r.Method == "POST");

    /// <summary>What the platform's own endpoint logic registered, when <see cref="RegistrationResponse"/> is null.</summary>
    public RegisteredTool? Registered { get; private set; }

    public void Dispose() => _server.Dispose();

    private PlatformAnswer Answer(ReceivedRequest request)
    {
        if (request.Method == "GET" && request.PathAndQuery == ConfigurationPath)
        {
            return ConfigurationAnswer ?? new PlatformAnswer(200, Configuration.ToJsonString());
        }

        if (request.Method != "POST" || request.PathAndQuery != RegistrationPath)
        {
            return new PlatformAnswer(404, """{"error":"not_found"}""");
        }

        var expectedAuthorization = ExpectedToken is null ? null : "Bearer " + ExpectedToken;
        if (request.Authorization != expectedAuthorization)
        {
            return new PlatformAnswer(401, """{"error":"invalid_token","error_description":"the registration token is missing or wrong"}""");
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new PlatformAnswer(415, """{"error":"unsupported_media_type"}""");
        }

        if (RegistrationAnswer is not null)
        {
            return RegistrationAnswer;
        }

        // The posted shape is checked by the platform-side endpoint logic, whatever answer is given afterwards.
        var outcome = new RegistrationEndpoint(Configuration["scopes_supported"]!.AsArray().Select(s => s!.GetValue<string>())).Register(request.Body);
        if (!outcome.Succeeded)
        {
            return new PlatformAnswer(outcome.StatusCode, outcome.ResponseJson);
        }

        Registered = outcome.Tool;
        return new PlatformAnswer(200, RegistrationResponse?.ToJsonString() ?? outcome.ResponseJson);
    }
}
