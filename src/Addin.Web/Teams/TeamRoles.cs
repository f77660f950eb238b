using Addin.Core.Courses;

namespace Addin.Web.Teams;

/// <summary>A team, or a group chat, that a Teams tab was opened in.</summary>
/// <param name="IsChat">True for a group chat (its id is the chat's thread id), false for a team (its id is the team's group id).</param>
/// <param name="Id">The team's Microsoft 365 group id, or the chat's id.</param>
public sealed record TeamRef(bool IsChat, string Id)
{
    private const string ChatPrefix = "chat:";

    /// <summary>How the team is stored in <c>TeamCourseLink.TeamId</c>: the group id, or <c>chat:</c> and the chat id.</summary>
    public string Key => IsChat ? ChatPrefix + Id : Id;

    public static TeamRef FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.StartsWith(ChatPrefix, StringComparison.Ordinal) ? new TeamRef(true, key[ChatPrefix.Length..]) : new TeamRef(false, key);
    }
}

/// <summary>A person's role in a team (or group chat), as Microsoft Graph reports it.</summary>
public enum TeamRole
{
    NotMember,
    Guest,
    Member,
    Owner,
}

/// <summary>
/// Who owns and who belongs to a team, asked of Microsoft Graph with Addin's own (application) credentials. The Teams
/// client's context is never trusted for this: owners are the course's instructors and the only people who may link a
/// team to a course; members are its learners.
/// </summary>
public interface ITeamRoles
{
    /// <summary>False when Graph is not configured: then nobody can link teams, and linked teams give the Learner role only.</summary>
    bool CanCheck { get; }

    /// <exception cref="TeamRolesUnavailableException">Graph could not answer (throttled, refused, down).</exception>
    Task<TeamRole> GetRoleAsync(string tenantId, TeamRef team, string userObjectId, CancellationToken cancellationToken);
}

/// <summary>Microsoft Graph could not tell a person's role; the message says why, never with a secret or token.</summary>
public sealed class TeamRolesUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What a team role means for the linked course.</summary>
public static class TeamRoleExtensions
{
    public static CourseRoles ToCourseRoles(this TeamRole role) => role switch
    {
        TeamRole.Owner => CourseRoles.Instructor,
        TeamRole.Member or TeamRole.Guest => CourseRoles.Learner,
        _ => CourseRoles.None,
    };
}
