using Addin.Lti.Registration.Dynamic;

namespace Addin.Web.Lti;

/// <summary>Why Addin was not registered with an LMS, and what the LMS administrator should do about it.</summary>
/// <param name="StatusCode">The page's HTTP status: 4xx for the request or Addin's rules, 502 when the LMS failed.</param>
/// <param name="Code">A stable name of the reason, e.g. <c>RegistrationFailed</c>.</param>
/// <param name="Field">The parameter or LMS configuration field at fault, when one is.</param>
/// <param name="Message">What was wrong.</param>
/// <param name="Advice">What the LMS administrator should do.</param>
public sealed record RegistrationRefusal(int StatusCode, string Code, string? Field, string Message, string Advice)
{
    private const string ByHand = "have Addin's administrator register the LMS by hand (./addin platforms add, or the Platforms page).";

    public static RegistrationRefusal MissingParameters(Uri registrationUrl) => new(
        StatusCodes.Status400BadRequest,
        "MissingParameters",
        "openid_configuration",
        "This is Addin's LTI Dynamic Registration URL. It works only when an LMS opens it with openid_configuration and registration_token, and it was opened without them.",
        $"Paste {registrationUrl} into your LMS's dynamic registration (Canvas: Developer Keys → + Developer Key → LTI Registration; Moodle: Manage tools → Tool URL → Add LTI Advantage) rather than opening it here.");

    public static RegistrationRefusal BadConfigurationUrl(string url) => new(
        StatusCodes.Status400BadRequest,
        "InvalidConfigurationUrl",
        "openid_configuration",
        $"The openid_configuration parameter '{url}' is not an https URL Addin may fetch.",
        "Start the registration from your LMS's own administration pages, or " + ByHand);

    public static RegistrationRefusal NotAllowed(string who) => new(
        StatusCodes.Status403Forbidden,
        "IssuerNotAllowed",
        "issuer",
        $"{who} is not among the LMSs this Addin accepts registrations from (Addin:Lti:DynamicRegistration:AllowedIssuers).",
        "Ask Addin's administrator to add your LMS's issuer to that list, or to register the LMS by hand.");

    public static RegistrationRefusal InstitutionTaken(string problem) => new(
        StatusCodes.Status409Conflict,
        "InstitutionExists",
        "institution",
        $"Addin cannot file this LMS: {problem}",
        "Start the registration again with your institution's own name in the URL you paste into the LMS (…/lti/register?institution=Your%20School), or " + ByHand);

    public static RegistrationRefusal NotStored(string product, string clientId, IReadOnlyList<string> problems) => new(
        StatusCodes.Status409Conflict,
        "NotStored",
        null,
        $"{product} registered Addin as client {clientId}, but Addin could not store the registration: {string.Join(" ", problems)}",
        $"Delete client {clientId} in {product}, then start the registration again or " + ByHand);

    /// <summary>The LMS's configuration or its answer to the registration was unusable.</summary>
    public static RegistrationRefusal From(DynamicRegistrationException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var (status, advice) = ex.Code switch
        {
            DynamicRegistrationErrorCode.ConfigurationUnavailable => (StatusCodes.Status502BadGateway,
                "Check that Addin's server can reach the LMS, then start the registration again from the LMS: its registration token works once and expires within minutes."),
            DynamicRegistrationErrorCode.InvalidConfiguration => (StatusCodes.Status502BadGateway,
                "The LMS does not describe itself as LTI 1.3 requires. Check its LTI 1.3 settings (or ask its vendor), or " + ByHand),
            DynamicRegistrationErrorCode.IssuerMismatch => (StatusCodes.Status403Forbidden,
                "Start the registration from the LMS's own administration pages, so that its configuration comes from its own address, or " + ByHand),
            DynamicRegistrationErrorCode.RegistrationFailed => (StatusCodes.Status502BadGateway,
                "Start the registration again from the LMS (its registration token works once and expires within minutes). If the LMS keeps refusing, " + ByHand),
            _ => (StatusCodes.Status502BadGateway,
                "Delete the half-made registration in the LMS if it shows one, then " + ByHand),
        };
        return new RegistrationRefusal(status, ex.Code.ToString(), ex.Field, ex.Message, advice);
    }
}
