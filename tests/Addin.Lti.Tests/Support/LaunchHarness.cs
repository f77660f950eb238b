using Addin.Lti.Claims;
using Addin.Lti.Keys;
using Addin.Lti.Launch;
using Addin.Lti.Launch.MessageTypes;
using Addin.Lti.Login;
using Addin.Lti.Platform;
using Addin.Lti.Registration;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Lti.Tests.Support;

/// <summary>What a harness registers and serves; defaults describe a generic platform.</summary>
internal sealed record HarnessOptions
{
    public string Issuer { get; init; } = LaunchHarness.DefaultIssuer;
    public string ClientId { get; init; } = LaunchHarness.DefaultClientId;
    public IReadOnlySet<string> DeploymentIds { get; init; } = new HashSet<string> { LaunchHarness.DefaultDeploymentId };
    public bool AcceptsFirstDeployment { get; init; }
    public Uri ToolBase { get; init; } = new("https://tool.test/lti/");
    public MessageTypeValidatorRegistry? MessageTypes { get; init; }
}

/// <summary>A login started at the tool, as the platform sees it in the authentication request.</summary>
internal sealed record PendingLogin(string State, string Nonce, string TargetLinkUri);

/// <summary>
/// The tool's real login and launch components wired to in-memory stores, a fake clock, and a real
/// <see cref="JwksPlatformKeyProvider"/> reading the platform's JWKS from a local HTTP server.
/// </summary>
internal sealed class LaunchHarness : IDisposable
{
    public const string DefaultIssuer = "https://platform.test";
    public const string DefaultClientId = "tool-client-1";
    public const string DefaultDeploymentId = "deployment-1";
    public const string RegistrationKey = "platform-1";

    private static readonly Lazy<RsaSigningKey> SharedPlatformKey = new(() => RsaSigningKey.Create("platform-key-1"));
    private static readonly Lazy<RsaSigningKey> SharedOtherKey = new(() => RsaSigningKey.Create("platform-key-1"));

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public LaunchHarness(HarnessOptions? options = null)
    {
        options ??= new HarnessOptions();
        Options = options;
        Jwks = new TestJwksServer(JwksDocument.Write([PlatformKey]));
        Registration = new PlatformRegistration(
            RegistrationKey,
            options.Issuer,
            options.ClientId,
            new Uri("https://platform.test/auth"),
            Jwks.JwksUri,
            new Uri("https://platform.test/token"),
            options.DeploymentIds)
        {
            AcceptsFirstDeployment = options.AcceptsFirstDeployment,
        };
        Registrations = new InMemoryPlatformRegistrationStore(Registration);
        LoginStates = new InMemoryLoginStateStore(Time);
        Nonces = new InMemoryNonceStore(Time);
        Settings = new LtiToolSettings
        {
            LaunchUrl = new Uri(options.ToolBase, "launch"),
            ToolUrls = [options.ToolBase],
        };
        KeyProvider = new JwksPlatformKeyProvider(_http, Time, Logs.For<JwksPlatformKeyProvider>(), new JwksCacheOptions());
        Initiator = new OidcLoginInitiator(Registrations, LoginStates, Time, Settings, Logs.For<OidcLoginInitiator>());
        Validator = new LaunchValidator(
            Registrations,
            LoginStates,
            Nonces,
            KeyProvider,
            Time,
            Settings,
            Logs.For<LaunchValidator>(),
            options.MessageTypes ?? MessageTypeValidatorRegistry.Default);
    }

    /// <summary>The key the platform signs with and publishes.</summary>
    public static RsaSigningKey PlatformKey => SharedPlatformKey.Value;

    /// <summary>A different key pair with the same kid as <see cref="PlatformKey"/>.</summary>
    public static RsaSigningKey ImpostorKey => SharedOtherKey.Value;

    public HarnessOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public LogSink Logs { get; } = new();

    public TestJwksServer Jwks { get; }

    public PlatformRegistration Registration { get; }

    public InMemoryPlatformRegistrationStore Registrations { get; }

    public InMemoryLoginStateStore LoginStates { get; }

    public InMemoryNonceStore Nonces { get; }

    public LtiToolSettings Settings { get; }

    public JwksPlatformKeyProvider KeyProvider { get; }

    public OidcLoginInitiator Initiator { get; }

    public LaunchValidator Validator { get; }

    public string DefaultTargetLinkUri => new Uri(Options.ToolBase, "course-home").AbsoluteUri;

    /// <summary>Runs the real login initiation and reads state and nonce back from the redirect, as the platform does.</summary>
    public async Task<PendingLogin> BeginLoginAsync(string? targetLinkUri = null, string? deploymentId = null, string? storageTarget = null)
    {
        var target = targetLinkUri ?? DefaultTargetLinkUri;
        var redirect = await Initiator.InitiateAsync(
            new OidcLoginRequest(Options.Issuer, "login-hint-1", target, "message-hint-1", Options.ClientId, deploymentId, storageTarget),
            CancellationToken.None);
        var query = QueryString.Parse(redirect.RedirectUri);
        return new PendingLogin(query["state"], query["nonce"], target);
    }

    /// <summary>A valid resource link launch for this login, ready to be changed.</summary>
    public IdTokenBuilder TokenFor(PendingLogin login) =>
        new IdTokenBuilder(Time)
            .ForTool(Options.Issuer, Options.ClientId, Options.DeploymentIds.FirstOrDefault() ?? DefaultDeploymentId)
            .WithNonce(login.Nonce)
            .WithSubject("user-1")
            .WithName("Ada Lovelace", "Ada", "Lovelace")
            .WithEmail("ada@example.test")
            .WithRoles(LtiRoleUris.Learner)
            .WithContext(new LtiContext("course-1", "MATH-101", "Mathematics", ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"]))
            .WithResourceLink(new LtiResourceLink("link-1", "Week 1 recordings", null))
            .WithTargetLinkUri(login.TargetLinkUri);

    public Task<LtiLaunch> LaunchAsync(string? idToken, PendingLogin login) =>
        Validator.ValidateAsync(new LaunchRequest(idToken, login.State, BrowserBinding.FromCookie(login.State)), CancellationToken.None);

    public async Task<LtiValidationException> RefusedAsync(string? idToken, PendingLogin login) =>
        await Assert.ThrowsAsync<LtiValidationException>(() => LaunchAsync(idToken, login));

    public void Dispose()
    {
        Jwks.Dispose();
        _http.Dispose();
    }
}
