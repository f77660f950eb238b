using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Lti.Launch;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Platform;

/// <summary>The platform reading our deep linking responses: the end-to-end check of what the tool sends.</summary>
public sealed class DeepLinkingResponseReaderTests : IDisposable
{
    private static readonly DeepLinkingResponseExpectation Expected =
        new(DeepLinkingSetup.PlatformIssuer, DeepLinkingSetup.ClientId, DeepLinkingSetup.DeploymentId, "csrf-123");

    private readonly DeepLinkingSetup _s = new();
    private readonly DeepLinkingResponseReader _reader;

    public DeepLinkingResponseReaderTests()
    {
        _reader = new DeepLinkingResponseReader(new InMemoryNonceStore(_s.Time), _s.Time);
    }

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task ReadAsync_OurResponse_ReturnsTheItemsAsSent()
    {
        var graded = DeepLinkingSetup.Recording("Week 2", "rec-2") with
        {
            LineItem = new DeepLinkingLineItem(7.5m) { Label = "Quiz", ResourceId = "rec-2", Tag = "review", GradesReleased = true },
            Window = new DeepLinkingWindow { TargetName = "addin", WindowFeatures = "menubar=no" },
            Iframe = new DeepLinkingIframe(640, 360),
            Thumbnail = new DeepLinkingImage(new Uri("https://tool.test/t.png"), 90, 60),
        };
        var key = await _s.Ring.GetCurrentAsync(CancellationToken.None);
        var response = _s.Builder.Build(Context(), key, [DeepLinkingSetup.Recording(), graded], new DeepLinkingMessages { Message = "2 recordings placed" });

        var received = await ReadAsync(response.Jwt);

        Assert.Equal(2, received.ContentItems.Count);
        Assert.Equal(2, received.ResourceLinks.Count);
        var first = received.ResourceLinks[0];
        Assert.Equal("Week 1 lecture", first.Title);
        Assert.Equal("Recorded on 2 March", first.Text);
        Assert.Equal(new Uri("https://tool.test/lti/recordings/rec-1"), first.Url);
        Assert.Equal(DeepLinkingSetup.Recording().Custom, first.Custom);
        Assert.Null(first.LineItem);
        var second = received.ResourceLinks[1];
        Assert.Equal(graded.LineItem, second.LineItem);
        Assert.Equal(graded.Window, second.Window);
        Assert.Equal(graded.Iframe, second.Iframe);
        Assert.Equal(graded.Thumbnail, second.Thumbnail);
        Assert.Equal("2 recordings placed", received.Message);
        Assert.Null(received.ErrorMessage);
    }

    [Fact]
    public async Task ReadAsync_EmptyResponse_ReturnsNoItems()
    {
        var response = _s.Builder.Build(Context(), await _s.Ring.GetCurrentAsync(CancellationToken.None), []);

        var received = await ReadAsync(response.Jwt);

        Assert.Empty(received.ContentItems);
    }

    [Fact]
    public async Task ReadAsync_TamperedPayload_RefusedBadSignature()
    {
        var response = await _s.BuildAsync(Context(), DeepLinkingSetup.Recording());
        var parts = response.Jwt.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        payload[LtiClaimNames.DeepLinkingContentItems]![0]!["url"] = "https://evil.example/phish";
        var forged = parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => ReadAsync(forged));

        Assert.Equal(LtiErrorCode.BadSignature, ex.Code);
    }

    [Fact]
    public async Task ReadAsync_Expired_RefusedExpired()
    {
        var response = await _s.BuildAsync(Context(), DeepLinkingSetup.Recording());

        _s.Time.Advance(DeepLinkingResponseBuilder.Lifetime + TimeSpan.FromSeconds(61));
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => ReadAsync(response.Jwt));

        Assert.Equal(LtiErrorCode.Expired, ex.Code);
    }

    [Fact]
    public async Task ReadAsync_SameResponseTwice_RefusedNonceReplayed()
    {
        var response = await _s.BuildAsync(Context(), DeepLinkingSetup.Recording());
        await ReadAsync(response.Jwt);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => ReadAsync(response.Jwt));

        Assert.Equal(LtiErrorCode.NonceReplayed, ex.Code);
    }

    [Fact]
    public async Task ReadAsync_SignedJustBeforeRotation_StillVerifiesWithThePreviousKey()
    {
        _s.Time.Advance(TimeSpan.FromDays(90) - TimeSpan.FromSeconds(30));
        var response = await _s.BuildAsync(Context(), DeepLinkingSetup.Recording());

        _s.Time.Advance(TimeSpan.FromMinutes(1));
        var keys = await _s.Ring.GetAsync(CancellationToken.None);
        var received = await ReadAsync(response.Jwt);

        Assert.NotNull(keys.Previous);
        Assert.Single(received.ResourceLinks);
    }

    [Fact]
    public async Task ReadAsync_KeyNotInToolJwks_RefusedUnknownKid()
    {
        var response = await _s.BuildAsync(Context(), DeepLinkingSetup.Recording());

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _reader.ReadAsync(response.Jwt, Expected, JwksDocument.Write([LaunchHarness.PlatformKey]), CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnknownKid, ex.Code);
    }

    public static TheoryData<DeepLinkingResponseExpectation, LtiErrorCode> WrongExpectations() => new()
    {
        { Expected with { PlatformIssuer = "https://other-platform.test" }, LtiErrorCode.AudienceMismatch },
        { Expected with { ClientId = "someone-else" }, LtiErrorCode.IssuerMismatch },
        { Expected with { DeploymentId = "deployment-2" }, LtiErrorCode.UnknownDeployment },
        { Expected with { Data = "csrf-999" }, LtiErrorCode.InvalidClaim },
    };

    [Theory]
    [MemberData(nameof(WrongExpectations))]
    public async Task ReadAsync_ResponseForAnotherRequest_Refused(DeepLinkingResponseExpectation expected, LtiErrorCode code)
    {
        var response = await _s.BuildAsync(Context(), DeepLinkingSetup.Recording());

        var ex = await Assert.ThrowsAsync<LtiValidationException>(async () =>
            await _reader.ReadAsync(response.Jwt, expected, await _s.Ring.GetJwksJsonAsync(CancellationToken.None), CancellationToken.None));

        Assert.Equal(code, ex.Code);
    }

    public static TheoryData<string, JsonNode?, LtiErrorCode> ForgedClaims() => new()
    {
        { LtiClaimNames.MessageType, "LtiResourceLinkRequest", LtiErrorCode.UnsupportedMessageType },
        { LtiClaimNames.MessageType, null, LtiErrorCode.MissingMessageType },
        { LtiClaimNames.Version, "1.1", LtiErrorCode.UnsupportedVersion },
        { LtiClaimNames.Nonce, null, LtiErrorCode.MissingNonce },
        { LtiClaimNames.DeepLinkingData, null, LtiErrorCode.InvalidClaim },
        { LtiClaimNames.AuthorizedParty, "someone-else", LtiErrorCode.AuthorizedPartyMismatch },
        { LtiClaimNames.DeepLinkingContentItems, new JsonObject(), LtiErrorCode.InvalidClaim },
        { LtiClaimNames.DeepLinkingContentItems, new JsonArray(new JsonObject { ["title"] = "no type" }), LtiErrorCode.InvalidClaim },
        { LtiClaimNames.DeepLinkingContentItems, new JsonArray(new JsonObject { ["type"] = "ltiResourceLink", ["custom"] = new JsonObject { ["n"] = 1 } }), LtiErrorCode.InvalidClaim },
        { LtiClaimNames.DeepLinkingContentItems, new JsonArray(new JsonObject { ["type"] = "ltiResourceLink", ["lineItem"] = new JsonObject { ["scoreMaximum"] = -1 } }), LtiErrorCode.InvalidClaim },
    };

    [Theory]
    [MemberData(nameof(ForgedClaims))]
    public async Task ReadAsync_ValidlySignedButWrongClaim_RefusedWithItsCode(string claim, JsonNode? value, LtiErrorCode code)
    {
        var response = await _s.BuildAsync(Context(), DeepLinkingSetup.Recording());
        var parts = response.Jwt.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        payload[claim] = value?.DeepClone();
        if (value is null)
        {
            payload.Remove(claim);
        }

        var resigned = IdTokenBuilder.SignRaw(JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!.AsObject(), payload, await _s.Ring.GetCurrentAsync(CancellationToken.None));
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => ReadAsync(resigned));

        Assert.Equal(code, ex.Code);
    }

    [Fact]
    public async Task ReadAsync_UnsignedToken_RefusedUnsupportedAlgorithm()
    {
        var response = await _s.BuildAsync(Context(), DeepLinkingSetup.Recording());
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(response.Jwt.Split('.')[1]))!.AsObject();

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            ReadAsync(IdTokenBuilder.EncodeUnsigned(new JsonObject { ["alg"] = "none" }, payload)));

        Assert.Equal(LtiErrorCode.UnsupportedAlgorithm, ex.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-jwt")]
    public async Task ReadAsync_NotAJwt_RefusedMalformedTokenNamingTheResponse(string? jwt)
    {
        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => ReadAsync(jwt));

        Assert.Equal(LtiErrorCode.MalformedToken, ex.Code);
        Assert.Contains("deep linking response JWT", ex.Message, StringComparison.Ordinal);
    }

    private static DeepLinkingContext Context() => DeepLinkingSetup.Context(DeepLinkingSetup.Settings(dataJson: "\"csrf-123\""));

    private async Task<ReceivedDeepLinkingResponse> ReadAsync(string? jwt) =>
        await _reader.ReadAsync(jwt, Expected, await _s.Ring.GetJwksJsonAsync(CancellationToken.None), CancellationToken.None);
}
