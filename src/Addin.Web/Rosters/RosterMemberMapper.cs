using Addin.Core.Rosters;
using Addin.Lti.Services.NamesRoles;
using Addin.Web.Lti;

namespace Addin.Web.Rosters;

/// <summary>Translates a member of the LMS's roster into domain terms, with the same role mapping a launch gets.</summary>
public static class RosterMemberMapper
{
    public static RosterMember ToRosterMember(this NamesRolesMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var roles = member.RoleSet;
        return new RosterMember(
            member.UserId,
            member.Name ?? LaunchFactsMapper.JoinNames(member.GivenName, member.FamilyName),
            member.Email,
            LaunchFactsMapper.ToCourseRoles(roles),
            member.Status == MemberStatus.Active)
        {
            IsReviewer = roles.IsInstitutionAdministrator,
            MentoredSubjects = member.MentoredUserIds,
        };
    }
}
