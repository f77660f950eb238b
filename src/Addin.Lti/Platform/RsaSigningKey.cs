using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Platform;

/// <summary>
/// An RSA key pair with its key id, signing RS256 JWTs: a platform's id_tokens, the tool's deep linking responses and
/// client assertions. The private half never leaves the instance except through <see cref="ExportPkcs8Pem"/>.
/// </summary>
public sealed class RsaSigningKey : IDisposable
{
    private const int KeyBits = 2048;
    private const string Pkcs8Label = "PRIVATE KEY";

    private readonly RSA _rsa;

    private RsaSigningKey(string keyId, RSA rsa)
    {
        KeyId = keyId;
        _rsa = rsa;
    }

    /// <summary>The kid published in the JWKS and put in every token header.</summary>
    public string KeyId { get; }

    /// <summary>Generates a new 2048-bit key.</summary>
    public static RsaSigningKey Create(string keyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        return new RsaSigningKey(keyId, RSA.Create(KeyBits));
    }

    /// <summary>Loads a key saved with <see cref="ExportPkcs8Pem"/>.</summary>
    public static RsaSigningKey FromPkcs8Pem(string keyId, string pem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        if (!PemEncoding.TryFind(pem, out var fields) || pem[fields.Label] is not Pkcs8Label)
        {
            throw new ArgumentException($"Expected a PEM block labelled '{Pkcs8Label}' (PKCS#8 private key).", nameof(pem));
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            if (rsa.KeySize < KeyBits)
            {
                throw new ArgumentException($"The RSA key has {rsa.KeySize} bits; at least {KeyBits} are required.", nameof(pem));
            }

            return new RsaSigningKey(keyId, rsa);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    /// <summary>The private key as PKCS#8 PEM, for persistence. Treat it as a secret.</summary>
    public string ExportPkcs8Pem() => _rsa.ExportPkcs8PrivateKeyPem();

    /// <summary>The public half only, as a security key for verifying tokens.</summary>
    public RsaSecurityKey ToPublicSecurityKey() => new(_rsa.ExportParameters(includePrivateParameters: false)) { KeyId = KeyId };

    /// <summary>The public half as a JWK (<c>use=sig</c>, <c>alg=RS256</c>); built from public parameters only.</summary>
    public JsonWebKey ToPublicJwk()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(ToPublicSecurityKey());
        jwk.Use = JsonWebKeyUseNames.Sig;
        jwk.Alg = SecurityAlgorithms.RsaSha256;
        return jwk;
    }

    /// <summary>RS256 signing credentials for IdentityModel token handlers.</summary>
    public SigningCredentials ToSigningCredentials() =>
        new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    /// <summary>Disposes the underlying RSA key.</summary>
    public void Dispose() => _rsa.Dispose();

    internal byte[] SignRs256(ReadOnlySpan<byte> data) => _rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
}
