using System.Text;

namespace Addin.Lti.Services;

/// <summary>
/// A call to a platform's LTI Advantage service failed. <see cref="Exception.Message"/> says what failed and what the
/// platform administrator should check; it never contains an access token, a client assertion or a URL's query string.
/// </summary>
public sealed class LtiServiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LtiServiceException(LtiServiceErrorCode code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The stable reason.</summary>
    public LtiServiceErrorCode Code { get; }

    /// <summary>The code as a support-friendly identifier, e.g. <c>LTI_SERVICE_TOKEN_REFUSED</c>.</summary>
    public string ErrorId => ErrorIdOf(Code);

    /// <summary>The registration whose service was called.</summary>
    public string? RegistrationKey { get; init; }

    /// <summary>The URL called, without query string or fragment (they may carry secrets).</summary>
    public Uri? RequestUrl { get; init; }

    /// <summary>The HTTP status the platform answered with; null when no answer came.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The OAuth <c>error</c> code (token endpoint) or the platform's own error code, when it sent one.</summary>
    public string? Error { get; init; }

    /// <summary>The OAuth <c>error_description</c>, or a summary of the platform's error text.</summary>
    public string? ErrorDescription { get; init; }

    /// <summary>For <see cref="LtiServiceErrorCode.RateLimited"/>: how long the platform asked the tool to wait.</summary>
    public TimeSpan? RetryAfter { get; init; }

    internal static string ErrorIdOf(LtiServiceErrorCode code)
    {
        var name = code.ToString();
        var id = new StringBuilder("LTI_SERVICE", name.Length + 20);
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
