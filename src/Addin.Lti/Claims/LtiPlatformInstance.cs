namespace Addin.Lti.Claims;

/// <summary>The tool_platform claim: which platform instance sent the launch.</summary>
/// <param name="Guid">Stable id of the platform instance (the spec requires it, some platforms omit it).</param>
/// <param name="Name">Display name of the platform instance.</param>
/// <param name="ProductFamilyCode">The platform product, e.g. <c>canvas</c> or <c>moodle</c>.</param>
/// <param name="Version">The platform's version.</param>
/// <param name="Url">Home page of the platform instance.</param>
/// <param name="ContactEmail">Administrative contact.</param>
/// <param name="Description">Free-text description.</param>
public sealed record LtiPlatformInstance(
    string? Guid,
    string? Name,
    string? ProductFamilyCode,
    string? Version,
    string? Url,
    string? ContactEmail,
    string? Description);
