using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Addin.Lti.Keys;
using Addin.Lti.Platform;
using Addin.Lti.Registration;
using Addin.Lti.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Tests.Keys;

public sealed class JwksPlatformKeyProviderTests : IDisposable
{
    private static readonly string Kid = LaunchHarness.PlatformKey.KeyId;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly TestJwksServer _server = new(JwksDocument.Write([LaunchHarness.PlatformKey]));
    private readonly LogSink _logs = new();
    private readonly JwksPlatformKeyProvider _provider;

    public JwksPlatformKeyProviderTests()
    {
        _provider = new JwksPlatformKeyProvider(_http, _time, _logs.For<JwksPlatformKeyProvider>(), new JwksCacheOptions());
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task GetSigningKeysAsync_KnownKid_ReturnsPublicKeyThatVerifiesPlatformSignatures()
    {
        var keys = await _provider.GetSigningKeysAsync(Platform(_server.JwksUri), Kid, CancellationToken.None);

        var key = Assert.IsType<RsaSecurityKey>(Assert.Single(keys));
        Assert.Equal(Kid, key.KeyId);
        Assert.Equal(LaunchHarness.PlatformKey.ToPublicSecurityKey().Parameters.Modulus, key.Parameters.Modulus);
        Assert.Null(key.Parameters.D);
    }

    [Fact]
    public async Task GetSigningKeysAsync_CalledRepeatedly_FetchesOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            await _provider.GetSigningKeysAsync(Platform(_server.JwksUri), Kid, CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task GetSigningKeysAsync_ConcurrentCallers_ShareOneFetch()
    {
        _server.Hold();
        var platform = Platform(_server.JwksUri);

        // Started without awaiting: the first call is in its HTTP request, the rest wait for it.
        var calls = Enumerable.Range(0, 20).Select(_ => _provider.GetSigningKeysAsync(platform, Kid, CancellationToken.None)).ToList();
        await _server.FirstRequest.WaitAsync(TimeSpan.FromSeconds(10));
        _server.Release();
        var results = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(results, keys => Assert.Single(keys));
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task GetSigningKeysAsync_AfterTimeToLive_FetchesAgain()
    {
        await _provider.GetSigningKeysAsync(Platform(_server.JwksUri), Kid, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59));
        await _provider.GetSigningKeysAsync(Platform(_server.JwksUri), Kid, CancellationToken.None);
        Assert.Equal(1, _server.RequestCount);

        _time.Advance(TimeSpan.FromMinutes(2));
        await _provider.GetSigningKeysAsync(Platform(_server.JwksUri), Kid, CancellationToken.None);

        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task GetSigningKeysAsync_UnknownKid_RefetchesAtMostOncePerMinRefreshInterval()
    {
        var platform = Platform(_server.JwksUri);

        Assert.Empty(await _provider.GetSigningKeysAsync(platform, "unknown", CancellationToken.None));
        Assert.Empty(await _provider.GetSigningKeysAsync(platform, "unknown", CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(await _provider.GetSigningKeysAsync(platform, "unknown", CancellationToken.None));
        Assert.Equal(1, _server.RequestCount);

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Empty(await _provider.GetSigningKeysAsync(platform, "unknown", CancellationToken.None));

        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task GetSigningKeysAsync_NothingListening_ThrowsJwksUnavailable()
    {
        var unreachable = new Uri($"http://127.0.0.1:{TestJwksServer.FreePort()}/jwks.json");

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _provider.GetSigningKeysAsync(Platform(unreachable), Kid, CancellationToken.None));

        Assert.Equal(LtiErrorCode.JwksUnavailable, ex.Code);
        Assert.Contains(unreachable.AbsoluteUri, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", 200)]
    [InlineData("{\"no_keys\":[]}", 200)]
    [InlineData("[]", 200)]
    [InlineData("{\"keys\":[]}", 500)]
    [InlineData("{\"keys\":[]}", 404)]
    public async Task GetSigningKeysAsync_BadResponse_ThrowsJwksUnavailable(string body, int status)
    {
        _server.Serve(body, status);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _provider.GetSigningKeysAsync(Platform(_server.JwksUri), Kid, CancellationToken.None));

        Assert.Equal(LtiErrorCode.JwksUnavailable, ex.Code);
    }

    [Fact]
    public async Task GetSigningKeysAsync_AfterFailure_DoesNotRetryWithinMinRefreshInterval()
    {
        _server.Serve("oops", 500);
        var platform = Platform(_server.JwksUri);
        await Assert.ThrowsAsync<LtiValidationException>(() => _provider.GetSigningKeysAsync(platform, Kid, CancellationToken.None));
        _server.Serve(JwksDocument.Write([LaunchHarness.PlatformKey]));

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => _provider.GetSigningKeysAsync(platform, Kid, CancellationToken.None));
        Assert.Equal(LtiErrorCode.JwksUnavailable, ex.Code);
        Assert.Equal(1, _server.RequestCount);

        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Single(await _provider.GetSigningKeysAsync(platform, Kid, CancellationToken.None));
        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task GetSigningKeysAsync_JwksWithPrivateMembers_UsesOnlyThePublicPart()
    {
        using var rsa = RSA.Create(2048);
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(true)) { KeyId = "leaky" });
        Assert.False(string.IsNullOrEmpty(jwk.D));
        var leaky = new JsonObject
        {
            ["kty"] = "RSA", ["kid"] = "leaky", ["use"] = "sig", ["alg"] = "RS256", ["n"] = jwk.N, ["e"] = jwk.E,
            ["d"] = jwk.D, ["p"] = jwk.P, ["q"] = jwk.Q, ["dp"] = jwk.DP, ["dq"] = jwk.DQ, ["qi"] = jwk.QI,
        };
        _server.Serve(new JsonObject { ["keys"] = new JsonArray(leaky) }.ToJsonString());

        var key = Assert.IsType<RsaSecurityKey>(Assert.Single(await _provider.GetSigningKeysAsync(Platform(_server.JwksUri), "leaky", CancellationToken.None)));

        Assert.Null(key.Parameters.D);
        Assert.Null(key.Parameters.P);
        Assert.Equal(rsa.ExportParameters(false).Modulus, key.Parameters.Modulus);
    }

    [Fact]
    public async Task GetSigningKeysAsync_KeyBelow2048Bits_ThrowsUnsupportedKeyAndLogsWhy()
    {
        _server.Serve(File.ReadAllText(FixturePaths.Lti("pylti1p3", "canvas-resource-link.platform-jwks.json")));

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _provider.GetSigningKeysAsync(Platform(_server.JwksUri), "2018-06-18T22:33:20Z", CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnsupportedKey, ex.Code);
        Assert.Contains("512 bits", _logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"kty\":\"EC\",\"kid\":\"k\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}")]
    [InlineData("{\"kty\":\"RSA\",\"kid\":\"k\",\"use\":\"enc\",\"n\":\"{N}\",\"e\":\"AQAB\"}")]
    [InlineData("{\"kty\":\"RSA\",\"kid\":\"k\",\"alg\":\"RS512\",\"n\":\"{N}\",\"e\":\"AQAB\"}")]
    [InlineData("{\"kty\":\"RSA\",\"kid\":\"k\",\"e\":\"AQAB\"}")]
    public async Task GetSigningKeysAsync_KeyNotForRs256Signatures_ThrowsUnsupportedKey(string jwk)
    {
        var modulus = LaunchHarness.PlatformKey.ToPublicJwk().N;
        _server.Serve("{\"keys\":[" + jwk.Replace("{N}", modulus, StringComparison.Ordinal) + "]}");

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _provider.GetSigningKeysAsync(Platform(_server.JwksUri), "k", CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnsupportedKey, ex.Code);
    }

    [Fact]
    public async Task GetSigningKeysAsync_TwoPlatforms_CachedSeparately()
    {
        using var other = new TestJwksServer(JwksDocument.Write([LaunchHarness.ImpostorKey]));

        var first = await _provider.GetSigningKeysAsync(Platform(_server.JwksUri), Kid, CancellationToken.None);
        var second = await _provider.GetSigningKeysAsync(Platform(other.JwksUri), Kid, CancellationToken.None);

        Assert.NotEqual(((RsaSecurityKey)first[0]).Parameters.Modulus, ((RsaSecurityKey)second[0]).Parameters.Modulus);
        Assert.Equal(1, _server.RequestCount);
        Assert.Equal(1, other.RequestCount);
    }

    private static PlatformRegistration Platform(Uri jwksUri) =>
        new("platform-1", "https://platform.test", "client", new Uri("https://platform.test/auth"), jwksUri, null, new HashSet<string>());
}
