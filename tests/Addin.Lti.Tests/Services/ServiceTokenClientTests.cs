using System.Text;
using System.Text.Json.Nodes;
using Addin.Lti.Services;
using Addin.Lti.Services.Grades;
using Addin.Lti.Services.NamesRoles;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Tests.Services;

public sealed class ServiceTokenClientTests : IDisposable
{
    private static readonly string[] ScoreScope = [AgsScopes.Score];

    private readonly ServiceHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task GetAccessTokenAsync_FirstCall_PostsTheClientCredentialsFormOfTheSecurityFramework()
    {
        var token = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        Assert.Equal("access-1", token);
        var request = Assert.Single(_h.Tokens.Received);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(["client_assertion", "client_assertion_type", "grant_type", "scope"], request.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("client_credentials", request.Fields["grant_type"]);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", request.Fields["client_assertion_type"]);
        Assert.Equal(AgsScopes.Score, request.Fields["scope"]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_FormFields_AreThoseOfTheRealCanvasTokenRequest()
    {
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        var canvas = JsonNode.Parse(ServiceFixtures.Text("altcs-lti-toolkit", "launch--token-request.json"))!.AsObject();
        var canvasAssertion = JsonNode.Parse(ServiceFixtures.Text("altcs-lti-toolkit", "launch--token-request-client-assertion-decoded.json"))!.AsObject();
        var request = Assert.Single(_h.Tokens.Received);
        Assert.Equal(canvas.Select(p => p.Key).Order(StringComparer.Ordinal), request.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(canvas["client_assertion_type"]!.GetValue<string>(), request.Fields["client_assertion_type"]);
        Assert.Equal(canvasAssertion.Select(p => p.Key).Order(StringComparer.Ordinal), Payload(request.Assertion!).Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetAccessTokenAsync_Assertion_IsSignedByTheToolKeyWithKidAndRs256AndTheRightClaims()
    {
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        var request = Assert.Single(_h.Tokens.Received);
        var assertion = Assert.IsType<JsonWebToken>(request.Assertion); // null = signature did not verify
        Assert.Equal(("RS256", "tool-key-1", "JWT"), (assertion.Alg, assertion.Kid, assertion.Typ));
        Assert.Equal(ServiceHarness.ClientId, assertion.Issuer);
        Assert.Equal(ServiceHarness.ClientId, assertion.Subject);
        Assert.Equal([_h.Tokens.Url.AbsoluteUri], assertion.Audiences);
        var now = _h.Time.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(now, assertion.GetPayloadValue<long>("iat"));
        Assert.Equal(now + 300, assertion.GetPayloadValue<long>("exp"));
        Assert.True(assertion.Id.Length >= 32);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EachRequest_HasAFreshJti()
    {
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);
        _h.TokenClient.Invalidate(_h.Platform, ScoreScope);
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        var ids = _h.Tokens.Received.Select(r => r.Assertion!.Id).ToList();
        Assert.Equal(2, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task GetAccessTokenAsync_AuthorizationServerConfigured_IsTheAssertionAudience()
    {
        using var h = new ServiceHarness();

        await h.TokenClient.GetAccessTokenAsync(h.Platform with { AuthorizationServer = "canvas.home.russfeld.me" }, ScoreScope, CancellationToken.None);

        Assert.Equal(["canvas.home.russfeld.me"], Assert.Single(h.Tokens.Received).Assertion!.Audiences);
    }

    [Fact]
    public async Task GetAccessTokenAsync_BeforeExpiryLessMargin_ReusesTheToken_AfterItFetchesAnew()
    {
        var first = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromSeconds(3600 - 61));
        var cached = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);
        Assert.Equal(1, _h.Tokens.RequestCount);

        _h.Time.Advance(TimeSpan.FromSeconds(2)); // within the one-minute margin before expires_in runs out
        var renewed = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        Assert.Equal(("access-1", "access-1", "access-2"), (first, cached, renewed));
        Assert.Equal(2, _h.Tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ShortLivedToken_IsRenewedAtHalfItsLife()
    {
        _h.Tokens.ExpiresIn = 60;

        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromSeconds(29));
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);
        Assert.Equal(1, _h.Tokens.RequestCount);
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        Assert.Equal(2, _h.Tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_TwentyConcurrentCallers_ShareOneRequest()
    {
        _h.Tokens.Hold();

        var calls = Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None)))
            .ToList();
        await _h.Tokens.FirstRequest.WaitAsync(TimeSpan.FromSeconds(10));
        _h.Tokens.Release();
        var tokens = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(tokens, t => Assert.Equal("access-1", t));
        Assert.Equal(1, _h.Tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_DifferentScopeSets_AreCachedSeparately_OrderAndDuplicatesDoNotMatter()
    {
        var score = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, [AgsScopes.Score], CancellationToken.None);
        var both = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, [AgsScopes.Score, AgsScopes.LineItem], CancellationToken.None);
        var bothAgain = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, [AgsScopes.LineItem, AgsScopes.Score, AgsScopes.LineItem], CancellationToken.None);
        var nrps = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, [NamesRolesConstants.ContextMembershipReadOnlyScope], CancellationToken.None);

        Assert.Equal(("access-1", "access-2", "access-2", "access-3"), (score, both, bothAgain, nrps));
        Assert.Equal($"{AgsScopes.LineItem} {AgsScopes.Score}", _h.Tokens.Received.ElementAt(1).Fields["scope"]);
    }

    [Fact]
    public async Task Invalidate_AfterA401_NextCallFetchesANewToken()
    {
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        _h.TokenClient.Invalidate(_h.Platform, ScoreScope);
        var token = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        Assert.Equal("access-2", token);
    }

    [Fact]
    public async Task GetAccessTokenAsync_CanvasTokenResponseFixture_ReturnsItsAccessToken()
    {
        var canvas = ServiceFixtures.Text("atomicjolt", "canvas-oauth2-token-response.json");
        _h.Tokens.Override = () => PlatformResponse.Json(canvas);

        var token = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        Assert.Equal(JsonNode.Parse(canvas)!["access_token"]!.GetValue<string>(), token);
    }

    [Fact]
    public async Task GetAccessTokenAsync_OAuthError_ThrowsWithStatusErrorDescriptionAndAdvice()
    {
        _h.Tokens.Override = () => PlatformResponse.Json("""{"error":"invalid_scope","error_description":"Invalid scope: https://purl.imsglobal.org/spec/lti-ags/scope/score"}""", status: 400);

        var ex = await Assert.ThrowsAsync<LtiServiceException>(() => _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None));

        Assert.Equal(LtiServiceErrorCode.TokenRefused, ex.Code);
        Assert.Equal("LTI_SERVICE_TOKEN_REFUSED", ex.ErrorId);
        Assert.Equal((400, "invalid_scope"), (ex.StatusCode, ex.Error));
        Assert.Equal("Invalid scope: https://purl.imsglobal.org/spec/lti-ags/scope/score", ex.ErrorDescription);
        Assert.Equal("canvas-test", ex.RegistrationKey);
        Assert.Contains("developer key", ex.Message, StringComparison.Ordinal);
        Assert.Contains(AgsScopes.Score, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_InvalidClient_AdviceNamesClientIdAndKid()
    {
        _h.Tokens.Override = () => PlatformResponse.Json("""{"error":"invalid_client","error_description":"Client authentication failed"}""", status: 401);

        var ex = await Assert.ThrowsAsync<LtiServiceException>(() => _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None));

        Assert.Equal((LtiServiceErrorCode.TokenRefused, 401, "invalid_client"), (ex.Code, ex.StatusCode, ex.Error));
        Assert.Contains(ServiceHarness.ClientId, ex.Message, StringComparison.Ordinal);
        Assert.Contains("tool-key-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ErrorIsNotCached_NextCallAsksAgain()
    {
        _h.Tokens.Override = () => PlatformResponse.Json("""{"error":"temporarily_unavailable"}""", status: 400);
        await Assert.ThrowsAsync<LtiServiceException>(() => _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None));

        _h.Tokens.Override = null;
        var token = await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);

        Assert.Equal("access-1", token);
    }

    [Fact]
    public async Task GetAccessTokenAsync_NoTokenEndpoint_ThrowsAClearExceptionWithoutARequest()
    {
        var platform = _h.Platform with { TokenEndpoint = null };

        var ex = await Assert.ThrowsAsync<LtiServiceException>(() => _h.TokenClient.GetAccessTokenAsync(platform, ScoreScope, CancellationToken.None));

        Assert.Equal(LtiServiceErrorCode.MissingTokenEndpoint, ex.Code);
        Assert.Contains("canvas-test", ex.Message, StringComparison.Ordinal);
        Assert.Contains("token", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, _h.Tokens.RequestCount);
    }

    [Theory]
    [InlineData("""{"token_type":"Bearer","expires_in":3600}""")]
    [InlineData("""{"access_token":"x","token_type":"mac"}""")]
    [InlineData("<html>login</html>")]
    public async Task GetAccessTokenAsync_SuccessWithoutABearerToken_ThrowsInvalidTokenResponse(string body)
    {
        _h.Tokens.Override = () => PlatformResponse.Json(body);

        var ex = await Assert.ThrowsAsync<LtiServiceException>(() => _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None));

        Assert.Equal(LtiServiceErrorCode.InvalidTokenResponse, ex.Code);
    }

    [Fact]
    public async Task GetAccessTokenAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        var answers = 0;
        _h.Tokens.Override = () => Interlocked.Increment(ref answers) == 1
            ? PlatformResponse.Json("""{"error":"slow_down"}""", status: 429).WithHeader("Retry-After", "5")
            : null;

        var call = _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);
        await _h.Time.WaitForTimerAsync();
        _h.Time.Advance(TimeSpan.FromSeconds(5));
        var token = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("access-1", token);
        Assert.Equal(2, _h.Tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_Tokens_AreNeverLogged()
    {
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None);
        _h.Tokens.Override = () => PlatformResponse.Json("""{"error":"invalid_scope"}""", status: 400);
        _h.TokenClient.Invalidate(_h.Platform, ScoreScope);
        await Assert.ThrowsAsync<LtiServiceException>(() => _h.TokenClient.GetAccessTokenAsync(_h.Platform, ScoreScope, CancellationToken.None));

        Assert.NotEmpty(_h.Logs.Messages);
        Assert.DoesNotContain("access-1", _h.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", _h.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_NoScopes_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _h.TokenClient.GetAccessTokenAsync(_h.Platform, [], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _h.TokenClient.GetAccessTokenAsync(_h.Platform, ["a b"], CancellationToken.None));
    }

    private static JsonObject Payload(JsonWebToken token) =>
        JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.EncodedPayload)))!.AsObject();
}
