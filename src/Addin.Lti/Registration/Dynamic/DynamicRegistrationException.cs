namespace Addin.Lti.Registration.Dynamic;

/// <summary>Why LTI Dynamic Registration failed. Stable: log and show the name, never the number.</summary>
public enum DynamicRegistrationErrorCode
{
    /// <summary>The openid_configuration URL could not be fetched, or did not answer with JSON.</summary>
    ConfigurationUnavailable,

    /// <summary>The platform's configuration lacks a required field or has a wrong value.</summary>
    InvalidConfiguration,

    /// <summary>The configuration's issuer is not on the host it was fetched from (Dynamic Registration §3.5.1).</summary>
    IssuerMismatch,

    /// <summary>The registration endpoint could not be reached or refused the registration.</summary>
    RegistrationFailed,

    /// <summary>The registration endpoint answered without a usable client id.</summary>
    InvalidRegistrationResponse,
}

/// <summary>
/// LTI Dynamic Registration failed. <see cref="Exception.Message"/> names the field at fault and what to do; it never
/// contains the registration token.
/// </summary>
public sealed class DynamicRegistrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DynamicRegistrationException(DynamicRegistrationErrorCode code, string? field, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Field = field;
    }

    /// <summary>The stable reason.</summary>
    public DynamicRegistrationErrorCode Code { get; }

    /// <summary>The configuration or response field at fault, e.g. <c>issuer</c>; null when no single field is.</summary>
    public string? Field { get; }
}
