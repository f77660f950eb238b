using System.Buffers.Text;
using System.Security.Cryptography;

namespace Addin.Lti.Login;

/// <summary>Unguessable values for state and nonce.</summary>
internal static class RandomToken
{
    private const int ByteCount = 32; // 256 bits

    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(ByteCount));
}
