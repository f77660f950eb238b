using System.Buffers.Text;
using System.Text.Json.Nodes;
using Addin.Lti.Launch;
using Addin.Lti.Platform;
using Addin.Lti.Services.Tokens;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Platform;

/// <summary>The platform's token endpoint checking the tool's client assertions: the ones the tool makes pass, forgeries do not.</summary>
public sealed class ClientAssertionVerifierTests : IDisposable
{
    private const string TokenEndpoint = "https://platform.test/oauth2/token";

    private static readonly ClientAssertionExpectation Expected = new(DeepLinkingSetup.ClientId, [TokenEndpoint, "https://platform.test"]);

    private readonly DeepLinkingSetup _s = new();
    private readonly ClientAssertionVerifier _verifier;

    public ClientAssertionVerifierTests()
    {
        _verifier = new ClientAssertionVerifier(new InMemoryNonceStore(_s.Time), _s.Time);
    }

    public void Dispose() => _s.Dispose();

    [Theory]
    [InlineData(TokenEndpoint)]
    [InlineData("https://platform.test")]
    public async Task VerifyAsync_TheToolsAssertion_IsAcceptedOnce(string audience)
    {
        var assertion = await AssertionAsync(audience);

        var verified = await VerifyAsync(assertion);
        var replay = await Assert.ThrowsAsync<LtiValidationException>(() => VerifyAsync(assertion));

        Assert.Equal(DeepLinkingSetup.ClientId, verified.ClientId);
        Assert.Equal(_s.Time.GetUtcNow().AddMinutes(5), verified.ExpiresAt);
        Assert.Equal(LtiErrorCode.NonceReplayed, replay.Code);
        Assert.Contains("jti", replay.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, JsonNode?, LtiErrorCode> ForgedClaims() => new()
    {
        { "iss", "someone-else", LtiErrorCode.IssuerMismatch },
        { "sub", "someone-else", LtiErrorCode.InvalidClaim },
        { "sub", null, LtiErrorCode.InvalidClaim },
        { "aud", "https://other-platform.test/token", LtiErrorCode.AudienceMismatch },
        { "aud", new JsonArray("https://other-platform.test/token"), LtiErrorCode.AudienceMismatch },
        { "jti", null, LtiErrorCode.MissingNonce },
        { "exp", null, LtiErrorCode.MissingExp },
    };

    [Theory]
    [MemberData(nameof(ForgedClaims))]
    public async Task VerifyAsync_ValidlySignedButWrongClaim_RefusedWithItsCode(string claim, JsonNode? value, LtiErrorCode code)
    {
        var parts = (await AssertionAsync(TokenEndpoint)).Split('.');
        var payload = Decode(parts[1]);
        payload.Remove(claim);
        if (value is not null)
        {
            payload[claim] = value.DeepClone();
        }

        var resigned = IdTokenBuilder.SignRaw(Decode(parts[0]), payload, await _s.Ring.GetCurrentAsync(CancellationToken.None));
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => VerifyAsync(resigned));

        Assert.Equal(code, ex.Code);
    }

    [Fact]
    public async Task VerifyAsync_Expired_RefusedExpired()
    {
        var assertion = await AssertionAsync(TokenEndpoint);

        _s.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(61));
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => VerifyAsync(assertion));

        Assert.Equal(LtiErrorCode.Expired, ex.Code);
    }

    [Fact]
    public async Task VerifyAsync_SignedByAnotherKeyWithTheToolsKid_RefusedBadSignature()
    {
        var kid = (await _s.Ring.GetCurrentAsync(CancellationToken.None)).KeyId;
        using var impostor = RsaSigningKey.Create(kid);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            VerifyAsync(ClientAssertion.Create(DeepLinkingSetup.ClientId, TokenEndpoint, impostor, _s.Time.GetUtcNow(), TimeSpan.FromMinutes(5))));

        Assert.Equal(LtiErrorCode.BadSignature, ex.Code);
        Assert.Contains("client assertion", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_KeyNotInTheToolsJwks_RefusedUnknownKid()
    {
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            VerifyAsync(ClientAssertion.Create(DeepLinkingSetup.ClientId, TokenEndpoint, LaunchHarness.PlatformKey, _s.Time.GetUtcNow(), TimeSpan.FromMinutes(5))));

        Assert.Equal(LtiErrorCode.UnknownKid, ex.Code);
    }

    [Fact]
    public async Task VerifyAsync_Unsigned_RefusedUnsupportedAlgorithm()
    {
        var payload = Decode((await AssertionAsync(TokenEndpoint)).Split('.')[1]);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            VerifyAsync(IdTokenBuilder.EncodeUnsigned(new JsonObject { ["alg"] = "none" }, payload)));

        Assert.Equal(LtiErrorCode.UnsupportedAlgorithm, ex.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not.a-jwt")]
    public async Task VerifyAsync_NotAJwt_RefusedMalformedTokenNamingTheAssertion(string? assertion)
    {
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => VerifyAsync(assertion));

        Assert.Equal(LtiErrorCode.MalformedToken, ex.Code);
        Assert.Contains("client assertion", ex.Message, StringComparison.Ordinal);
    }

    private static JsonObject Decode(string part) => JsonNode.Parse(Base64Url.DecodeFromChars(part))!.AsObject();

    private async Task<string> AssertionAsync(string audience) =>
        ClientAssertion.Create(DeepLinkingSetup.ClientId, audience, await _s.Ring.GetCurrentAsync(CancellationToken.None), _s.Time.GetUtcNow(), TimeSpan.FromMinutes(5));

    private async Task<VerifiedClientAssertion> VerifyAsync(string? assertion) =>
        await _verifier.VerifyAsync(assertion, Expected, await _s.Ring.GetJwksJsonAsync(CancellationToken.None), CancellationToken.None);
}
