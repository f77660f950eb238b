namespace Addin.Web.Lti;

/// <summary>
/// Who may register Addin from their LMS with LTI Dynamic Registration (<c>/lti/register</c>). Configuration section
/// <c>Addin:Lti:DynamicRegistration</c>.
/// </summary>
public sealed class DynamicRegistrationOptions
{
    public const string SectionName = "Addin:Lti:DynamicRegistration";

    /// <summary>False answers 404 at the registration URL: LMSs are then registered by hand only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The LMS issuers allowed to register, exactly as their id_tokens say (e.g. <c>https://moodle.school.edu</c>).
    /// Empty: any LMS. Others are refused before Addin fetches anything from them.
    /// </summary>
    public List<string> AllowedIssuers { get; set; } = [];

    /// <summary>True when the issuer may register.</summary>
    public bool Allows(string issuer) =>
        AllowedIssuers.Count == 0 || AllowedIssuers.Any(a => string.Equals(Normalise(a), Normalise(issuer), StringComparison.Ordinal));

    /// <summary>True when an LMS on this host may register: the host of an allowed issuer (the issuer is on the host of its configuration).</summary>
    public bool AllowsHost(Uri url) =>
        AllowedIssuers.Count == 0 || AllowedIssuers.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var issuer) && string.Equals(issuer.IdnHost, url.IdnHost, StringComparison.OrdinalIgnoreCase));

    private static string Normalise(string issuer) => issuer.Trim().TrimEnd('/');
}
