using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Launch;
using Addin.Lti.Login;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Launch;

/// <summary>The launch chain: one accepted launch, then at least one refusal per step, each with its exact code.</summary>
public sealed class LaunchValidatorTests : IDisposable
{
    private readonly LaunchHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task ValidateAsync_ValidResourceLinkLaunch_ReturnsTypedLaunch()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithMentoredUsers("child-1")
            .WithCustom(new Dictionary<string, string> { ["term"] = "2026S" })
            .Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Equal(LaunchHarness.RegistrationKey, launch.RegistrationKey);
        Assert.Equal(LaunchHarness.DefaultIssuer, launch.Issuer);
        Assert.Equal(LaunchHarness.DefaultClientId, launch.ClientId);
        Assert.Equal(LaunchHarness.DefaultDeploymentId, launch.DeploymentId);
        Assert.Equal(LtiMessageTypes.ResourceLinkRequest, launch.MessageType);
        Assert.Equal("user-1", launch.Subject);
        Assert.Equal("Ada Lovelace", launch.Name);
        Assert.Equal("ada@example.test", launch.Email);
        Assert.Equal([LtiRoleUris.Learner], launch.Roles);
        Assert.True(launch.RoleSet.IsLearner);
        Assert.Equal(["child-1"], launch.MentoredUserIds);
        Assert.Equal("course-1", launch.Context?.Id);
        Assert.Equal("link-1", launch.ResourceLink?.Id);
        Assert.Equal(login.TargetLinkUri, launch.TargetLinkUri);
        Assert.Equal("2026S", launch.Custom["term"]);
        Assert.Equal(login.Nonce, launch.Nonce);
        Assert.Equal(_h.Time.GetUtcNow(), launch.IssuedAt);
        Assert.Equal(_h.Time.GetUtcNow().AddMinutes(5), launch.ExpiresAt);
    }

    [Fact]
    public async Task ValidateAsync_InstructorLaunchWithoutContext_IsAccepted()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithRoles(LtiRoleUris.Instructor).WithContext(null).Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Null(launch.Context);
        Assert.True(launch.RoleSet.IsInstructor);
    }

    [Fact]
    public async Task ValidateAsync_RolesAsSingleString_AreReadAsOneRole()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim(LtiClaimNames.Roles, LtiRoleUris.Instructor).Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Equal([LtiRoleUris.Instructor], launch.Roles);
        Assert.True(launch.RoleSet.IsInstructor);
    }

    [Fact]
    public async Task ValidateAsync_SingleElementAudienceArray_IsAccepted()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim("aud", new JsonArray(LaunchHarness.DefaultClientId)).Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Equal(LaunchHarness.DefaultClientId, launch.ClientId);
    }

    [Fact]
    public async Task ValidateAsync_AudienceArrayWithMatchingAzp_IsAccepted()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim("aud", new JsonArray(LaunchHarness.DefaultClientId, "another-client"))
            .WithClaim("azp", LaunchHarness.DefaultClientId)
            .Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Equal(LaunchHarness.DefaultClientId, launch.ClientId);
    }

    // Step 1: state

    [Fact]
    public async Task ValidateAsync_NoState_RefusedMissingState()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _h.Validator.ValidateAsync(new LaunchRequest(token, null, BrowserBinding.FromCookie(login.State)), CancellationToken.None));

        Assert.Equal(LtiErrorCode.MissingState, ex.Code);
        Assert.Equal(400, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_UnknownState_RefusedUnknownState()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login with { State = "made-up-state" });

        Assert.Equal(LtiErrorCode.UnknownState, ex.Code);
        Assert.Equal(401, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_StateExpired_RefusedStateExpired()
    {
        var login = await _h.BeginLoginAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(11));
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.StateExpired, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoBrowserState_RefusedStateNotBoundAndLoginStaysPending()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _h.Validator.ValidateAsync(new LaunchRequest(token, login.State, BrowserBinding.None), CancellationToken.None));

        Assert.Equal(LtiErrorCode.StateNotBoundToBrowser, ex.Code);
        Assert.Equal(401, ex.StatusCode);

        // The host can recover the state (e.g. from LTI platform storage) and complete the same login.
        var launch = await _h.LaunchAsync(token, login);
        Assert.Equal("user-1", launch.Subject);
    }

    [Fact]
    public async Task ValidateAsync_BrowserStateDiffers_RefusedStateMismatch()
    {
        var login = await _h.BeginLoginAsync();
        var other = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            _h.Validator.ValidateAsync(new LaunchRequest(token, login.State, BrowserBinding.FromCookie(other.State)), CancellationToken.None));

        Assert.Equal(LtiErrorCode.StateMismatch, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_SameStateTwice_SecondRefusedUnknownState()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);
        await _h.LaunchAsync(token, login);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.UnknownState, ex.Code);
    }

    // Step 2: format

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("only.twoparts")]
    [InlineData("a.b.c.d.e")]
    [InlineData("!!!.e30.sig")]
    [InlineData("WyJhcnJheSJd.e30.sig")]
    [InlineData("e30.bm90IGpzb24.sig")]
    public async Task ValidateAsync_NotACompactJws_RefusedMalformedToken(string? idToken)
    {
        var login = await _h.BeginLoginAsync();

        var ex = await _h.RefusedAsync(idToken, login);

        Assert.Equal(LtiErrorCode.MalformedToken, ex.Code);
        Assert.Equal(400, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_TwoPartTokenOfRealClaims_RefusedMalformedToken()
    {
        var login = await _h.BeginLoginAsync();
        var signed = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(string.Join('.', signed.Split('.')[..2]), login);

        Assert.Equal(LtiErrorCode.MalformedToken, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_DuplicateClaimNames_RefusedMalformedToken()
    {
        var login = await _h.BeginLoginAsync();
        var builder = _h.TokenFor(login);
        var payloadJson = builder.BuildPayload().ToJsonString();
        var duplicated = payloadJson.Insert(1, "\"sub\":\"someone-else\",");
        var header = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(builder.BuildHeader("platform-key-1").ToJsonString()));
        var payload = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(duplicated));

        var ex = await _h.RefusedAsync($"{header}.{payload}.c2ln", login);

        Assert.Equal(LtiErrorCode.MalformedToken, ex.Code);
    }

    // Step 3: header

    [Fact]
    public async Task ValidateAsync_AlgNone_RefusedUnsupportedAlgorithm()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithHeader("kid", "platform-key-1").BuildUnsigned();

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.UnsupportedAlgorithm, ex.Code);
        Assert.Equal(401, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_Hs256SignedWithPlatformPublicKey_RefusedUnsupportedAlgorithm()
    {
        var login = await _h.BeginLoginAsync();
        var builder = _h.TokenFor(login).WithHeader("alg", "HS256");
        using var publicRsa = RSA.Create(LaunchHarness.PlatformKey.ToPublicSecurityKey().Parameters);
        var secret = Encoding.ASCII.GetBytes(publicRsa.ExportSubjectPublicKeyInfoPem());
        var token = Hs256(builder.BuildHeader("platform-key-1"), builder.BuildPayload(), secret);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.UnsupportedAlgorithm, ex.Code);
    }

    [Theory]
    [InlineData("RS512")]
    [InlineData("PS256")]
    [InlineData("rs256")]
    public async Task ValidateAsync_OtherAlgorithm_RefusedUnsupportedAlgorithm(string alg)
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithHeader("alg", alg).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.UnsupportedAlgorithm, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoKid_RefusedMissingKid()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutHeader("kid").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingKid, ex.Code);
    }

    // Step 4: issuer, registration, audience

    [Fact]
    public async Task ValidateAsync_WrongIssuer_RefusedIssuerMismatch()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim("iss", "https://evil.test").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.IssuerMismatch, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_RegistrationRemovedDuringLogin_RefusedUnknownRegistration()
    {
        var login = await _h.BeginLoginAsync();
        _h.Registrations.Remove(LaunchHarness.RegistrationKey);
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.UnknownRegistration, ex.Code);
        Assert.Equal(403, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_AudienceWithoutClientId_RefusedAudienceMismatch()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim("aud", "someone-else").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.AudienceMismatch, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoAudience_RefusedAudienceMismatch()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim("aud").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.AudienceMismatch, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_AudienceArrayWithoutAzp_RefusedAuthorizedPartyMismatch()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim("aud", new JsonArray(LaunchHarness.DefaultClientId, "another-client"))
            .Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.AuthorizedPartyMismatch, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_AzpOfAnotherClient_RefusedAuthorizedPartyMismatch()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim("aud", new JsonArray(LaunchHarness.DefaultClientId, "another-client"))
            .WithClaim("azp", "another-client")
            .Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.AuthorizedPartyMismatch, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_SingleAudienceWithForeignAzp_RefusedAuthorizedPartyMismatch()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim("azp", "another-client").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.AuthorizedPartyMismatch, ex.Code);
    }

    // Step 5: keys and signature

    [Fact]
    public async Task ValidateAsync_SignedByAnotherKeyWithSameKid_RefusedBadSignature()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.ImpostorKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.BadSignature, ex.Code);
        Assert.Equal(401, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_PayloadChangedAfterSigning_RefusedBadSignature()
    {
        var login = await _h.BeginLoginAsync();
        var parts = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey).Split('.');
        var forgedPayload = _h.TokenFor(login).WithRoles(LtiRoleUris.InstitutionAdministrator).BuildPayload();
        var forged = IdTokenBuilder.EncodeUnsigned(_h.TokenFor(login).BuildHeader("platform-key-1"), forgedPayload) + parts[2];

        var ex = await _h.RefusedAsync(forged, login);

        Assert.Equal(LtiErrorCode.BadSignature, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKid_RefreshesOnceThenRefusesUnknownKidWithoutRefetching()
    {
        var first = await _h.BeginLoginAsync();
        await _h.LaunchAsync(_h.TokenFor(first).Sign(LaunchHarness.PlatformKey), first);
        Assert.Equal(1, _h.Jwks.RequestCount);
        _h.Time.Advance(TimeSpan.FromMinutes(1));

        using var unknown = RsaSigningKey.Create("rotated-key");
        var second = await _h.BeginLoginAsync();
        var ex = await _h.RefusedAsync(_h.TokenFor(second).Sign(unknown), second);
        Assert.Equal(LtiErrorCode.UnknownKid, ex.Code);
        Assert.Equal(2, _h.Jwks.RequestCount);

        var third = await _h.BeginLoginAsync();
        ex = await _h.RefusedAsync(_h.TokenFor(third).Sign(unknown), third);
        Assert.Equal(LtiErrorCode.UnknownKid, ex.Code);
        Assert.Equal(2, _h.Jwks.RequestCount);
    }

    [Fact]
    public async Task ValidateAsync_PlatformRotatedKey_NewKidAcceptedAfterRefresh()
    {
        var first = await _h.BeginLoginAsync();
        await _h.LaunchAsync(_h.TokenFor(first).Sign(LaunchHarness.PlatformKey), first);
        using var rotated = RsaSigningKey.Create("platform-key-2");
        _h.Jwks.Serve(JwksDocument.Write([LaunchHarness.PlatformKey, rotated]));
        _h.Time.Advance(TimeSpan.FromSeconds(31));

        var second = await _h.BeginLoginAsync();
        var launch = await _h.LaunchAsync(_h.TokenFor(second).Sign(rotated), second);

        Assert.Equal("user-1", launch.Subject);
        Assert.Equal(2, _h.Jwks.RequestCount);
    }

    [Fact]
    public async Task ValidateAsync_JwksUnreachable_RefusedJwksUnavailable()
    {
        var login = await _h.BeginLoginAsync();
        _h.Jwks.Serve("{}", statusCode: 503);

        var ex = await _h.RefusedAsync(_h.TokenFor(login).Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.JwksUnavailable, ex.Code);
        Assert.Equal(502, ex.StatusCode);
    }

    // Step 6: lifetime

    [Fact]
    public async Task ValidateAsync_Expired_RefusedExpired()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);
        _h.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(61));

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.Expired, ex.Code);
        Assert.Equal(401, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinClockSkew_IsAccepted()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);
        _h.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(30));

        var launch = await _h.LaunchAsync(token, login);

        Assert.Equal("user-1", launch.Subject);
    }

    [Fact]
    public async Task ValidateAsync_NoExp_RefusedMissingExp()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim("exp").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingExp, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_ExpNotANumber_RefusedInvalidClaim()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim("exp", "tomorrow").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.InvalidClaim, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_IssuedInFuture_RefusedIssuedInFuture()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim("iat", _h.Time.GetUtcNow().AddMinutes(3).ToUnixTimeSeconds())
            .Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.IssuedInFuture, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_IssuedLongAgo_RefusedTooOld()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim("iat", _h.Time.GetUtcNow().AddMinutes(-20).ToUnixTimeSeconds())
            .WithClaim("exp", _h.Time.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds())
            .Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.TooOld, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoIat_RefusedMissingIat()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim("iat").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingIat, ex.Code);
    }

    // Step 7: nonce

    [Fact]
    public async Task ValidateAsync_NoNonce_RefusedMissingNonce()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim("nonce").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingNonce, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NonceOfAnotherLogin_RefusedNonceMismatch()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithNonce("nonce-of-some-other-login").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.NonceMismatch, ex.Code);
        Assert.Equal(401, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_SameIdTokenWithNewState_Refused()
    {
        var first = await _h.BeginLoginAsync();
        var token = _h.TokenFor(first).Sign(LaunchHarness.PlatformKey);
        await _h.LaunchAsync(token, first);

        var second = await _h.BeginLoginAsync();
        var ex = await _h.RefusedAsync(token, second);

        Assert.Equal(LtiErrorCode.NonceMismatch, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NonceAlreadyConsumed_RefusedNonceReplayed()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);
        Assert.True(await _h.Nonces.TryConsumeAsync(LaunchHarness.DefaultIssuer, login.Nonce, _h.Time.GetUtcNow().AddHours(1), CancellationToken.None));

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.NonceReplayed, ex.Code);
        Assert.Equal("LTI_NONCE_REPLAYED", ex.ErrorId);
    }

    // Step 8: deployment

    [Fact]
    public async Task ValidateAsync_NoDeploymentId_RefusedMissingDeploymentId()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim(LtiClaimNames.DeploymentId).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingDeploymentId, ex.Code);
        Assert.Equal(400, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_UnregisteredDeployment_RefusedUnknownDeployment()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim(LtiClaimNames.DeploymentId, "deployment-9").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.UnknownDeployment, ex.Code);
        Assert.Equal(403, ex.StatusCode);
        Assert.Contains("deployment-9", ex.Message, StringComparison.Ordinal);
    }

    // Step 9: version

    [Fact]
    public async Task ValidateAsync_NoVersion_RefusedMissingVersion()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim(LtiClaimNames.Version).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingVersion, ex.Code);
    }

    [Theory]
    [InlineData("1.3")]
    [InlineData("1.1.0")]
    [InlineData("11.3")]
    public async Task ValidateAsync_VersionNot130_RefusedUnsupportedVersion(string version)
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim(LtiClaimNames.Version, version).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.UnsupportedVersion, ex.Code);
    }

    // Step 10: message type

    [Fact]
    public async Task ValidateAsync_NoMessageType_RefusedMissingMessageType()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim(LtiClaimNames.MessageType).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingMessageType, ex.Code);
    }

    [Theory]
    [InlineData("LtiResourceLinkRequestX")]
    [InlineData("ltiresourcelinkrequest")]
    [InlineData(LtiMessageTypes.DeepLinkingResponse)]
    public async Task ValidateAsync_UnknownMessageType_RefusedUnsupportedMessageType(string messageType)
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithMessageType(messageType).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.UnsupportedMessageType, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoSubject_RefusedMissingSubject()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim("sub").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingSubject, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_EmptySubject_RefusedMissingSubject()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim("sub", "").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingSubject, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoResourceLink_RefusedMissingResourceLink()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithResourceLink(null).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingResourceLink, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_ResourceLinkWithoutId_RefusedMissingResourceLink()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim(LtiClaimNames.ResourceLink, new JsonObject { ["title"] = "no id" })
            .Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingResourceLink, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoRolesClaim_RefusedMissingRoles()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithoutClaim(LtiClaimNames.Roles).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingRoles, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_EmptyRolesArray_IsAccepted()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithRoles().Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Empty(launch.Roles);
        Assert.Equal(LtiRoles.None, launch.RoleSet);
    }

    [Fact]
    public async Task ValidateAsync_RolesNotStrings_RefusedInvalidClaim()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim(LtiClaimNames.Roles, new JsonArray(1, 2)).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.InvalidClaim, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoTargetLinkUri_RefusedMissingTargetLinkUri()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithTargetLinkUri(null).Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.MissingTargetLinkUri, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_TargetLinkUriOfAnotherSite_RefusedInvalidTargetLinkUri()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithTargetLinkUri("https://evil.test/lti/course-home").Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.InvalidTargetLinkUri, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_ContextWithoutId_RefusedInvalidClaim()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim(LtiClaimNames.Context, new JsonObject { ["title"] = "Mathematics" })
            .Sign(LaunchHarness.PlatformKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.InvalidClaim, ex.Code);
    }

    // Logging

    [Fact]
    public async Task ValidateAsync_RefusedOrAccepted_NeverLogsTokenStateOrNonce()
    {
        var refused = await _h.BeginLoginAsync();
        var badToken = _h.TokenFor(refused).Sign(LaunchHarness.ImpostorKey);
        await _h.RefusedAsync(badToken, refused);
        var accepted = await _h.BeginLoginAsync();
        var goodToken = _h.TokenFor(accepted).Sign(LaunchHarness.PlatformKey);
        await _h.LaunchAsync(goodToken, accepted);

        var logs = _h.Logs.All;

        Assert.Contains("LTI_BAD_SIGNATURE", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { badToken, goodToken, refused.State, refused.Nonce, accepted.State, accepted.Nonce })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }

        foreach (var part in badToken.Split('.').Concat(goodToken.Split('.')))
        {
            Assert.DoesNotContain(part, logs, StringComparison.Ordinal);
        }
    }

    private static string Hs256(JsonObject header, JsonObject payload, byte[] secret)
    {
        var signingInput = IdTokenBuilder.EncodeUnsigned(header, payload).TrimEnd('.');
        var mac = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + System.Buffers.Text.Base64Url.EncodeToString(mac);
    }
}
