namespace Addin.Lti.Claims;

/// <summary>The roles of a launch that this tool acts on, read from the roles claim.</summary>
/// <remarks>
/// Context roles count in their full form (<c>…/membership#Instructor</c>) and in the deprecated simple form
/// (<c>Instructor</c>). A sub-role only sets its own flag: LTI requires platforms to send the principal role too.
/// Unknown roles are ignored.
/// </remarks>
public sealed record LtiRoles(
    bool IsInstructor,
    bool IsTeachingAssistant,
    bool IsLearner,
    bool IsMentor,
    bool IsContentDeveloper,
    bool IsCourseAdministrator,
    bool IsInstitutionAdministrator)
{
    private const string MembershipPrefix = LtiRoleUris.Prefix + "membership#";

    /// <summary>No role at all.</summary>
    public static LtiRoles None { get; } = new(false, false, false, false, false, false, false);

    /// <summary>Reads role URIs (and deprecated simple names) into flags.</summary>
    public static LtiRoles Parse(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var uris = roles.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        return new LtiRoles(
            IsInstructor: uris.Contains(LtiRoleUris.Instructor),
            IsTeachingAssistant: uris.Contains(LtiRoleUris.TeachingAssistant) || uris.Contains(MembershipPrefix + "TeachingAssistant"),
            IsLearner: uris.Contains(LtiRoleUris.Learner),
            IsMentor: uris.Contains(LtiRoleUris.Mentor),
            IsContentDeveloper: uris.Contains(LtiRoleUris.ContentDeveloper),
            IsCourseAdministrator: uris.Contains(LtiRoleUris.CourseAdministrator),
            IsInstitutionAdministrator: uris.Contains(LtiRoleUris.InstitutionAdministrator)
                || uris.Contains(LtiRoleUris.SystemAdministrator)
                || uris.Contains(LtiRoleUris.SystemSysAdmin));
    }

    // A simple name (no scheme, no path) is a deprecated context role: "Instructor" means membership#Instructor.
    private static string Normalize(string role)
    {
        var trimmed = role.Trim();
        return trimmed.Length > 0 && trimmed.All(char.IsAsciiLetter) ? MembershipPrefix + trimmed : trimmed;
    }
}
