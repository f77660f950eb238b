namespace Addin.Lti.PlatformStorage;

/// <summary>
/// The origin the tool's storage messages are addressed to: the origin of the platform's OIDC authorization endpoint.
/// Messages carrying login values are posted to exactly this origin, never to '*', and answers from any other origin
/// are ignored.
/// </summary>
public static class PlatformOrigin
{
    /// <summary>The origin (<c>scheme://host[:port]</c>, as browsers write it) of <paramref name="authorizationEndpoint"/>.</summary>
    public static string Of(Uri authorizationEndpoint)
    {
        ArgumentNullException.ThrowIfNull(authorizationEndpoint);
        return authorizationEndpoint.GetLeftPart(UriPartial.Authority);
    }
}
