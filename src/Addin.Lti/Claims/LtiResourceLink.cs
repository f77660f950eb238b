namespace Addin.Lti.Claims;

/// <summary>The resource_link claim: the placement of the tool that was launched.</summary>
/// <param name="Id">Stable id of the link, unique within the deployment.</param>
/// <param name="Title">The link's title as shown in the platform.</param>
/// <param name="Description">The link's description; may contain HTML, so encode it before display.</param>
public sealed record LtiResourceLink(string Id, string? Title, string? Description);
