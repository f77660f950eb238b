using Addin.Lti.Claims;

namespace Addin.Lti.Services.NamesRoles;

/// <summary>What to ask the membership service for (NRPS 2.0 query parameters).</summary>
/// <param name="Role">Only members with this role (<c>role</c>): a full role URI, or a short context role such as <c>Learner</c>.</param>
/// <param name="Limit">The page size the tool asks for (<c>limit</c>); the platform may use another.</param>
/// <param name="ResourceLinkId">Only members who can see this resource link (<c>rlid</c>), when the platform supports it.</param>
public sealed record NamesRolesQuery(string? Role = null, int? Limit = null, string? ResourceLinkId = null)
{
    /// <summary>The whole membership, in the platform's page size.</summary>
    public static NamesRolesQuery All { get; } = new();
}

/// <summary>The context (course) a membership belongs to.</summary>
public sealed record NamesRolesContext(string Id, string? Label, string? Title);

/// <summary>A member's status in the context. A member without a status is <see cref="Active"/>.</summary>
public enum MemberStatus
{
    /// <summary>An active member.</summary>
    Active,

    /// <summary>Still enrolled but not active, e.g. a concluded or suspended enrolment.</summary>
    Inactive,

    /// <summary>No longer a member; reported in a differences listing.</summary>
    Deleted,
}

/// <summary>
/// One member of a context. Only <see cref="UserId"/> and <see cref="Roles"/> are always there; the personal fields
/// depend on what the platform shares with the tool.
/// </summary>
/// <param name="UserId">The member's id: the same value as <c>sub</c> in their launches.</param>
/// <param name="Status">Active, Inactive or Deleted.</param>
/// <param name="Roles">The role URIs, as the platform sent them.</param>
public sealed record NamesRolesMember(string UserId, MemberStatus Status, IReadOnlyList<string> Roles)
{
    public string? Name { get; init; }

    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public string? MiddleName { get; init; }

    public string? Email { get; init; }

    /// <summary>The URL of the member's picture.</summary>
    public string? Picture { get; init; }

    /// <summary>The member's SIS id (<c>lis_person_sourcedid</c>).</summary>
    public string? LisPersonSourcedId { get; init; }

    /// <summary>The member's LTI 1.1 user id, when the platform migrated from LTI 1.1.</summary>
    public string? Lti11LegacyUserId { get; init; }

    /// <summary>
    /// The <c>user_id</c>s of the members this mentor mentors: the <c>role_scope_mentor</c> claim in the member's
    /// <c>message</c> section (which platforms send with <c>rlid</c>, and some always); empty when not sent.
    /// </summary>
    public IReadOnlyList<string> MentoredUserIds { get; init; } = [];

    /// <summary>The roles read into the same flags a launch gets (<see cref="LtiRoles.Parse"/>).</summary>
    public LtiRoles RoleSet => LtiRoles.Parse(Roles);
}

/// <summary>The members of a context, gathered from every page of the membership service.</summary>
/// <param name="Id">The membership container's id, when the platform sent one.</param>
/// <param name="Context">The context, when the platform sent it.</param>
/// <param name="Members">Every member on every page, in the platform's order.</param>
/// <param name="DifferencesUrl">
/// The platform's <c>rel="differences"</c> link, when it gave one: keep it, and pass it to
/// <see cref="NamesRolesClient.GetDifferencesAsync"/> at the next sync to get only the changes since this one.
/// </param>
public sealed record Membership(string? Id, NamesRolesContext? Context, IReadOnlyList<NamesRolesMember> Members, Uri? DifferencesUrl);

/// <summary>The NRPS 2.0 scope and media type.</summary>
public static class NamesRolesConstants
{
    /// <summary>The scope a tool asks for to read memberships.</summary>
    public const string ContextMembershipReadOnlyScope = LtiScopes.NrpsContextMembershipReadOnly;

    /// <summary>The media type of a membership container.</summary>
    public const string MembershipContainerMediaType = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
}
