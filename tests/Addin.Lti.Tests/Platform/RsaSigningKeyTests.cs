using System.Text.Json;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Tests.Platform;

public sealed class RsaSigningKeyTests
{
    private static readonly string[] PrivateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    [Fact]
    public void Create_NewKey_Is2048BitRsaWithTheGivenKid()
    {
        var key = LaunchHarness.PlatformKey;

        Assert.Equal("platform-key-1", key.KeyId);
        Assert.Equal(2048, key.ToPublicSecurityKey().KeySize);
    }

    [Fact]
    public void FromPkcs8Pem_ExportedKey_RoundTripsToTheSameKeyPair()
    {
        var pem = LaunchHarness.PlatformKey.ExportPkcs8Pem();

        using var restored = RsaSigningKey.FromPkcs8Pem("platform-key-1", pem);

        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", pem, StringComparison.Ordinal);
        Assert.Equal(LaunchHarness.PlatformKey.ToPublicJwk().N, restored.ToPublicJwk().N);
    }

    [Fact]
    public void FromPkcs8Pem_PublicKeyPem_Throws()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);

        Assert.Throws<ArgumentException>(() => RsaSigningKey.FromPkcs8Pem("k", rsa.ExportSubjectPublicKeyInfoPem()));
    }

    [Fact]
    public void FromPkcs8Pem_KeyBelow2048Bits_Throws()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(1024);

        Assert.Throws<ArgumentException>(() => RsaSigningKey.FromPkcs8Pem("k", rsa.ExportPkcs8PrivateKeyPem()));
    }

    [Fact]
    public void ToPublicJwk_HasNoPrivateParts()
    {
        var jwk = LaunchHarness.PlatformKey.ToPublicJwk();

        Assert.Equal(("RSA", "sig", "RS256", "platform-key-1"), (jwk.Kty, jwk.Use, jwk.Alg, jwk.Kid));
        Assert.False(jwk.HasPrivateKey);
        Assert.Null(jwk.D);
    }

    [Fact]
    public void Write_Keys_EmitsOnlyPublicMembers()
    {
        using var second = RsaSigningKey.Create("platform-key-2");

        using var jwks = JsonDocument.Parse(JwksDocument.Write([LaunchHarness.PlatformKey, second]));

        var keys = jwks.RootElement.GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal(2, keys.Count);
        Assert.All(keys, k =>
        {
            Assert.Equal(["kty", "e", "n", "kid", "alg", "use"], k.EnumerateObject().Select(p => p.Name));
            Assert.DoesNotContain(k.EnumerateObject(), p => PrivateMembers.Contains(p.Name));
        });
        Assert.Equal(["platform-key-1", "platform-key-2"], keys.Select(k => k.GetProperty("kid").GetString()));
    }

    [Fact]
    public async Task Write_PublishedKeys_VerifyTokensWithIdentityModel()
    {
        var set = new JsonWebKeySet(JwksDocument.Write([LaunchHarness.PlatformKey]));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://platform.test",
            SigningCredentials = LaunchHarness.PlatformKey.ToSigningCredentials(),
        });

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = set.GetSigningKeys(),
            ValidIssuer = "https://platform.test",
            ValidateAudience = false,
            ValidateLifetime = false,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }
}
