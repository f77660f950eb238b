namespace Addin.Lti.Claims;

/// <summary>The Names and Role Provisioning Services claim (NRPS 2.0 §3.6.1): where the context's roster can be read.</summary>
/// <param name="ContextMembershipsUrl">The membership service URL of the launch's context.</param>
/// <param name="ServiceVersions">The NRPS versions the platform offers, e.g. <c>2.0</c>; empty when not said.</param>
public sealed record LtiNamesRoleService(Uri ContextMembershipsUrl, IReadOnlyList<string> ServiceVersions);
