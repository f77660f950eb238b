using Addin.Lti.Claims;

namespace Addin.Lti.DeepLinking;

/// <summary>
/// What a deep linking response answers: the platform and deployment the request came from and its settings. Keep it
/// (it serialises with System.Text.Json) between the request and the moment the user has chosen.
/// </summary>
/// <param name="PlatformIssuer">The platform's issuer (the request's <c>iss</c>); the response's <c>aud</c>.</param>
/// <param name="ClientId">The tool's client id on that platform; the response's <c>iss</c>.</param>
/// <param name="DeploymentId">The deployment the request came through.</param>
/// <param name="Settings">The request's deep_linking_settings.</param>
public sealed record DeepLinkingContext(string PlatformIssuer, string ClientId, string DeploymentId, LtiDeepLinkingSettings Settings)
{
    /// <summary>The context of a validated LtiDeepLinkingRequest launch.</summary>
    /// <exception cref="DeepLinkingException">The launch is not a deep linking request.</exception>
    public static DeepLinkingContext FromLaunch(LtiLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        if (launch.DeepLinking is null)
        {
            throw new DeepLinkingException(
                DeepLinkingErrorCode.NotADeepLinkingRequest,
                $"The launch is a {launch.MessageType}, not an {LtiMessageTypes.DeepLinkingRequest}; content can only be returned to a deep linking request.");
        }

        return new DeepLinkingContext(launch.Issuer, launch.ClientId, launch.DeploymentId, launch.DeepLinking);
    }
}

/// <summary>Optional texts for the platform (Deep Linking 2.0 §4.5.7–4.5.10), all plain text.</summary>
public sealed record DeepLinkingMessages
{
    /// <summary>Shown to the user on return (<c>msg</c>).</summary>
    public string? Message { get; init; }

    /// <summary>Logged by the platform (<c>log</c>).</summary>
    public string? Log { get; init; }

    /// <summary>Shown to the user as an error (<c>errormsg</c>).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Logged by the platform as an error (<c>errorlog</c>).</summary>
    public string? ErrorLog { get; init; }
}

/// <summary>
/// A signed LtiDeepLinkingResponse, ready to be posted by the browser: render
/// <c>FormPost.Render(ReturnUrl, FormFields)</c>.
/// </summary>
/// <param name="ReturnUrl">The platform's deep_link_return_url.</param>
/// <param name="Jwt">The signed response JWT.</param>
public sealed record DeepLinkingResponse(Uri ReturnUrl, string Jwt)
{
    /// <summary>The form the browser posts: the single field <c>JWT</c>.</summary>
    public IReadOnlyDictionary<string, string> FormFields => new Dictionary<string, string>(StringComparer.Ordinal) { ["JWT"] = Jwt };

    /// <summary>The URL only: the JWT is a bearer credential for the platform and stays out of logs.</summary>
    public override string ToString() => $"DeepLinkingResponse {{ ReturnUrl = {ReturnUrl} }}";
}
