using System.Text;

namespace Addin.Lti;

/// <summary>
/// An LTI login or launch was refused. <see cref="Exception.Message"/> names the failed check and,
/// where it helps, what the platform administrator should change; it never contains a token.
/// </summary>
public sealed class LtiValidationException : Exception
{
    /// <summary>Creates the exception for a refused login or launch.</summary>
    public LtiValidationException(LtiErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The stable reason for the refusal.</summary>
    public LtiErrorCode Code { get; }

    /// <summary>The HTTP status the host should answer with.</summary>
    public int StatusCode => StatusCodeOf(Code);

    /// <summary>The code as a support-friendly identifier, e.g. <c>LTI_NONCE_REPLAYED</c>.</summary>
    public string ErrorId => ErrorIdOf(Code);

    internal static int StatusCodeOf(LtiErrorCode code) => code switch
    {
        LtiErrorCode.UnknownIssuer
            or LtiErrorCode.UnknownClient
            or LtiErrorCode.UnknownRegistration
            or LtiErrorCode.UnknownDeployment => 403,

        LtiErrorCode.StateNotBoundToBrowser
            or LtiErrorCode.StateMismatch
            or LtiErrorCode.PlatformStorageNotOffered
            or LtiErrorCode.UnknownState
            or LtiErrorCode.StateExpired
            or LtiErrorCode.UnsupportedAlgorithm
            or LtiErrorCode.MissingKid
            or LtiErrorCode.IssuerMismatch
            or LtiErrorCode.AudienceMismatch
            or LtiErrorCode.AuthorizedPartyMismatch
            or LtiErrorCode.UnknownKid
            or LtiErrorCode.UnsupportedKey
            or LtiErrorCode.BadSignature
            or LtiErrorCode.Expired
            or LtiErrorCode.IssuedInFuture
            or LtiErrorCode.TooOld
            or LtiErrorCode.NonceMismatch
            or LtiErrorCode.NonceReplayed => 401,

        // The platform's key endpoint failed us: neither the browser nor the token is at fault.
        LtiErrorCode.JwksUnavailable => 502,

        _ => 400,
    };

    internal static string ErrorIdOf(LtiErrorCode code)
    {
        var name = code.ToString();
        var id = new StringBuilder("LTI", name.Length + 12);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                id.Append('_');
            }

            id.Append(char.ToUpperInvariant(c));
        }

        return id.ToString();
    }
}
