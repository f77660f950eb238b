using Addin.Lti.Claims;

namespace Addin.Lti.Registration.Dynamic;

/// <summary>
/// A platform's OpenID configuration as LTI Dynamic Registration reads it (§3.4–3.5), checked: every endpoint is an
/// absolute https URL (http only on loopback), the issuer is on the host the document came from, and the platform
/// signs id_tokens with RS256.
/// </summary>
public sealed record PlatformConfiguration
{
    /// <summary>Where the configuration was fetched from.</summary>
    public required Uri OpenIdConfigurationUrl { get; init; }

    /// <summary>The platform's issuer identifier: the <c>iss</c> of its id_tokens, compared exactly.</summary>
    public required string Issuer { get; init; }

    /// <summary>The OIDC authorization endpoint (the tool's login redirects here).</summary>
    public required Uri AuthorizationEndpoint { get; init; }

    /// <summary>Where the tool posts its client registration.</summary>
    public required Uri RegistrationEndpoint { get; init; }

    /// <summary>The platform's key set.</summary>
    public required Uri JwksUri { get; init; }

    /// <summary>The OAuth 2 token endpoint for LTI Advantage services.</summary>
    public required Uri TokenEndpoint { get; init; }

    /// <summary>
    /// The audience for client assertions when it differs from the token endpoint (Canvas sends it); null otherwise.
    /// </summary>
    public string? AuthorizationServer { get; init; }

    public required IReadOnlyList<string> ScopesSupported { get; init; }

    public required IReadOnlyList<string> ResponseTypesSupported { get; init; }

    public required IReadOnlyList<string> IdTokenSigningAlgValuesSupported { get; init; }

    public required IReadOnlyList<string> ClaimsSupported { get; init; }

    public required IReadOnlyList<string> SubjectTypesSupported { get; init; }

    /// <summary>How the token endpoint authenticates clients; empty when not said.</summary>
    public IReadOnlyList<string> TokenEndpointAuthMethodsSupported { get; init; } = [];

    /// <summary>The <c>https://purl.imsglobal.org/spec/lti-platform-configuration</c> object.</summary>
    public required LtiPlatformConfiguration Lti { get; init; }

    /// <summary>True when the platform lists the message type as supported.</summary>
    public bool SupportsMessage(string messageType) =>
        Lti.MessagesSupported.Any(m => string.Equals(m.Type, messageType, StringComparison.Ordinal));

    /// <summary>True when the platform lists the scope as supported.</summary>
    public bool SupportsScope(string scope) => ScopesSupported.Contains(scope, StringComparer.Ordinal);

    /// <summary>True when the platform offers Deep Linking.</summary>
    public bool SupportsDeepLinking => SupportsMessage(LtiMessageTypes.DeepLinkingRequest);
}

/// <summary>The LTI part of a platform's configuration (Dynamic Registration §3.4.1).</summary>
/// <param name="ProductFamilyCode">The platform product, e.g. <c>canvas</c>, <c>moodle</c>.</param>
/// <param name="Version">The platform's version, when sent.</param>
/// <param name="MessagesSupported">The message types the platform can send, with their placements.</param>
/// <param name="Variables">The custom parameter substitution variables the platform supports (without <c>$</c>).</param>
public sealed record LtiPlatformConfiguration(
    string ProductFamilyCode,
    string? Version,
    IReadOnlyList<PlatformMessage> MessagesSupported,
    IReadOnlyList<string> Variables)
{
    /// <summary>True when the platform supports the substitution variable, given with or without its <c>$</c>.</summary>
    public bool SupportsVariable(string variable) =>
        Variables.Contains(variable.TrimStart('$'), StringComparer.Ordinal);
}

/// <summary>A message type a platform supports.</summary>
/// <param name="Type">The message type, e.g. <c>LtiDeepLinkingRequest</c>.</param>
/// <param name="Placements">Where in the platform it can be used; empty when not said (e.g. Moodle 3.11's bare strings).</param>
public sealed record PlatformMessage(string Type, IReadOnlyList<string> Placements);
