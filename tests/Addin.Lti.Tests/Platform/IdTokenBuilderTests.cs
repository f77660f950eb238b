using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Tests.Platform;

public sealed class IdTokenBuilderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Sign_ResourceLinkLaunch_VerifiesWithIdentityModelAndCarriesLtiClaims()
    {
        var token = Builder()
            .WithRoles(LtiRoleUris.Mentor)
            .WithMentoredUsers("child-1", "child-2")
            .WithCustom(new Dictionary<string, string> { ["k"] = "v" })
            .WithContext(new LtiContext("c1", "L", "T", ["type-1"]))
            .WithResourceLink(new LtiResourceLink("r1", "Title", null))
            .WithTargetLinkUri("https://tool.test/lti/x")
            .Sign(LaunchHarness.PlatformKey);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = LaunchHarness.PlatformKey.ToPublicSecurityKey(),
            ValidIssuer = "https://platform.test",
            ValidAudience = "client-1",
            ValidAlgorithms = ["RS256"],
            ValidateLifetime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);

        var jwt = new JsonWebToken(token);
        Assert.Equal("platform-key-1", jwt.Kid);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeSeconds(), jwt.GetPayloadValue<long>("iat"));
        Assert.Equal(_time.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds(), jwt.GetPayloadValue<long>("exp"));
        Assert.Equal("deployment-1", jwt.GetPayloadValue<string>(LtiClaimNames.DeploymentId));
        Assert.Equal("1.3.0", jwt.GetPayloadValue<string>(LtiClaimNames.Version));
        Assert.Equal([LtiRoleUris.Mentor], jwt.GetPayloadValue<string[]>(LtiClaimNames.Roles));
        Assert.Equal(["child-1", "child-2"], jwt.GetPayloadValue<string[]>(LtiClaimNames.RoleScopeMentor));
    }

    [Fact]
    public void BuildPayload_ClaimEdits_OverrideAndRemoveInOrder()
    {
        var payload = Builder()
            .WithClaim("aud", new JsonArray("client-1", "client-2"))
            .WithClaim("azp", "client-1")
            .WithoutClaim(LtiClaimNames.Version)
            .WithClaim("extra", 1)
            .WithoutClaim("extra")
            .BuildPayload();

        Assert.Equal("[\"client-1\",\"client-2\"]", payload["aud"]!.ToJsonString());
        Assert.Equal("client-1", payload["azp"]!.GetValue<string>());
        Assert.False(payload.ContainsKey(LtiClaimNames.Version));
        Assert.False(payload.ContainsKey("extra"));
    }

    [Fact]
    public void BuildUnsigned_HeaderSaysNoneAndSignatureIsEmpty()
    {
        var token = Builder().BuildUnsigned();

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Empty(parts[2]);
        Assert.Equal("none", new JsonWebToken(token).Alg);
    }

    [Fact]
    public void Sign_WithoutKidHeader_LeavesKidOut()
    {
        var token = Builder().WithoutHeader("kid").Sign(LaunchHarness.PlatformKey);

        Assert.False(new JsonWebToken(token).TryGetHeaderValue<string>("kid", out _));
    }

    [Fact]
    public void BuildPayload_CoreClaimsNotSet_ThrowsNamingThem()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new IdTokenBuilder(_time).BuildPayload());

        Assert.Contains("issuer", ex.Message, StringComparison.Ordinal);
        Assert.Contains("nonce", ex.Message, StringComparison.Ordinal);
    }

    private IdTokenBuilder Builder() =>
        new IdTokenBuilder(_time).ForTool("https://platform.test", "client-1", "deployment-1").WithNonce("n-1").WithSubject("user-1");
}
