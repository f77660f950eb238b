using Addin.Lti.Keys;
using Addin.Lti.Platform;
using Addin.Lti.Registration;
using Addin.Lti.Services;
using Addin.Lti.Services.Grades;
using Addin.Lti.Services.NamesRoles;
using Addin.Lti.Services.Tokens;
using Addin.Lti.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Lti.Tests.Services;

/// <summary>The tool's signing key, fixed for the tests.</summary>
internal sealed class StaticToolSigningKeys(RsaSigningKey key) : IToolSigningKeys
{
    public Task<RsaSigningKey> GetCurrentAsync(CancellationToken ct) => Task.FromResult(key);
}

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also counts the timers created on it, so a test can wait until the code under
/// test has started a delay before moving time on (a delay started after the advance would never fire).
/// </summary>
internal sealed class SignallingTimeProvider(FakeTimeProvider inner) : TimeProvider
{
    private readonly SemaphoreSlim _timers = new(0);

    public FakeTimeProvider Fake => inner;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        _timers.Release();
        return timer;
    }

    /// <summary>Waits (in real time, bounded) until the next timer has been created.</summary>
    public async Task WaitForTimerAsync()
    {
        Assert.True(await _timers.WaitAsync(TimeSpan.FromSeconds(10)), "The code under test did not start a delay.");
    }

    public void Advance(TimeSpan by) => inner.Advance(by);
}

/// <summary>
/// A fake platform on 127.0.0.1 with its token endpoint, the registration pointing at it, the tool's key, a fake clock,
/// and the three service clients wired as the host would wire them.
/// </summary>
internal sealed class ServiceHarness : IDisposable
{
    public const string ClientId = "10000000000003";

    private static readonly Lazy<RsaSigningKey> SharedToolKey = new(() => RsaSigningKey.Create("tool-key-1"));

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public ServiceHarness(LtiServiceOptions? options = null)
    {
        Server = new FakePlatformServer();
        Tokens = new FakeTokenEndpoint(Server, ToolKey);
        Platform = new PlatformRegistration(
            "canvas-test",
            "https://canvas.instructure.com",
            ClientId,
            Server.Url("/api/lti/authorize_redirect"),
            Server.Url("/api/lti/security/jwks"),
            Tokens.Url,
            new HashSet<string> { "1:8865aa05b4b79b64a91a86042e43af5ea8ae79eb" });
        TokenClient = new ServiceTokenClient(_http, new StaticToolSigningKeys(ToolKey), Time, Logs.For<ServiceTokenClient>(), options);
        NamesRoles = new NamesRolesClient(_http, TokenClient, Logs.For<NamesRolesClient>());
        Grades = new AssignmentGradesClient(_http, TokenClient, Logs.For<AssignmentGradesClient>());
    }

    public static RsaSigningKey ToolKey => SharedToolKey.Value;

    public SignallingTimeProvider Time { get; } = new(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

    public LogSink Logs { get; } = new();

    public FakePlatformServer Server { get; }

    public FakeTokenEndpoint Tokens { get; }

    public PlatformRegistration Platform { get; }

    public ServiceTokenClient TokenClient { get; }

    public NamesRolesClient NamesRoles { get; }

    public AssignmentGradesClient Grades { get; }

    public void Dispose()
    {
        Tokens.Release();
        Server.Dispose();
        _http.Dispose();
    }
}

/// <summary>The fixture files the service tests serve.</summary>
internal static class ServiceFixtures
{
    public static string Text(params string[] parts) => File.ReadAllText(FixturePaths.Lti(parts)); // drops a UTF-8 BOM

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(FixturePaths.Lti(parts)); // keeps it

    /// <summary>Canvas's <c>Link</c> header shape (pylti1p3 fixture): <c>&lt;url&gt;; rel="x"</c> joined by bare commas.</summary>
    public static string CanvasLinks(params (Uri Url, string Rel)[] links) =>
        string.Join(",", links.Select(l => $"<{l.Url.AbsoluteUri}>; rel=\"{l.Rel}\""));
}
