using System.Text.Json;

namespace Addin.Lti.Claims;

/// <summary>A launch that passed every check, with its claims in typed form.</summary>
public sealed record LtiLaunch
{
    /// <summary>The host's key of the registration the launch came through.</summary>
    public required string RegistrationKey { get; init; }

    public required string Issuer { get; init; }

    public required string ClientId { get; init; }

    public required string DeploymentId { get; init; }

    public required string MessageType { get; init; }

    /// <summary>The platform's stable id of the user (<c>sub</c>).</summary>
    public required string Subject { get; init; }

    public string? Name { get; init; }

    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public string? Email { get; init; }

    public string? Picture { get; init; }

    public string? Locale { get; init; }

    /// <summary>The role URIs exactly as sent (blank entries dropped).</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>The roles this tool acts on.</summary>
    public required LtiRoles RoleSet { get; init; }

    /// <summary>The <c>sub</c> values of the users this user mentors (role_scope_mentor); empty when none.</summary>
    public required IReadOnlyList<string> MentoredUserIds { get; init; }

    /// <summary>The course or group; null for launches outside a context (valid, e.g. an instructor's global link).</summary>
    public LtiContext? Context { get; init; }

    public LtiResourceLink? ResourceLink { get; init; }

    /// <summary>Where the launch should land; always one of the tool's own URLs.</summary>
    public required string TargetLinkUri { get; init; }

    public LtiPlatformInstance? Platform { get; init; }

    public LtiLaunchPresentation? LaunchPresentation { get; init; }

    /// <summary>
    /// Custom parameters as the platform sent them; non-string values are given as their JSON text. A substitution
    /// variable the platform could not resolve stays as written (e.g. <c>$Context.id.history</c>).
    /// </summary>
    public required IReadOnlyDictionary<string, string> Custom { get; init; }

    /// <summary>The lis claim (SIS ids) as sent, when present.</summary>
    public JsonElement? Lis { get; init; }

    /// <summary>What the platform accepts back; set for LtiDeepLinkingRequest launches only.</summary>
    public LtiDeepLinkingSettings? DeepLinking { get; init; }

    /// <summary>The roster service of the context, when the platform offers it (NRPS).</summary>
    public LtiNamesRoleService? NamesRoles { get; init; }

    /// <summary>The grade service of the context, when the platform offers it (AGS).</summary>
    public LtiGradeService? Grades { get; init; }

    public required string Nonce { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
