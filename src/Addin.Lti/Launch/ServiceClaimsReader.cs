using Addin.Lti.Claims;

namespace Addin.Lti.Launch;

/// <summary>
/// Reads the LTI Advantage service claims. Both are optional, but a claim that is sent must be usable: a malformed one
/// is refused with <see cref="LtiErrorCode.InvalidClaim"/> naming it, rather than failing later in a service call.
/// </summary>
internal static class ServiceClaimsReader
{
    /// <summary>The NRPS claim; null when absent.</summary>
    public static LtiNamesRoleService? ReadNamesRoles(ClaimSet payload)
    {
        var claim = payload.Object(LtiClaimNames.NamesRoleService);
        if (claim is null)
        {
            return null;
        }

        var url = claim.HttpUrl("context_memberships_url")
            ?? throw new LtiValidationException(
                LtiErrorCode.InvalidClaim,
                $"The names and roles claim ({LtiClaimNames.NamesRoleService}) has no context_memberships_url. The platform sent a malformed LTI message.");
        var versions = (claim.StringArray("service_versions") ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return new LtiNamesRoleService(url, versions);
    }

    /// <summary>The AGS endpoint claim; null when absent. A claim without scope reads as granting none.</summary>
    public static LtiGradeService? ReadGrades(ClaimSet payload)
    {
        var claim = payload.Object(LtiClaimNames.AssignmentGradeServiceEndpoint);
        if (claim is null)
        {
            return null;
        }

        var scopes = (claim.StringArray("scope") ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return new LtiGradeService(scopes, claim.HttpUrl("lineitems"), claim.HttpUrl("lineitem"));
    }
}
