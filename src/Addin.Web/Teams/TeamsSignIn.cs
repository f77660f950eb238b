using Addin.Core.Courses;
using Addin.Core.Launches;
using Addin.Core.Persistence;
using Addin.Web.Pages;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Teams;

/// <summary>What a Teams sign-in established: the answer for the page and what the audit records.</summary>
public sealed record TeamsSignInResult(TeamsSessionAnswer Answer, long PersonId, long PlatformId, long? CourseId, string? TeamKey);

/// <summary>
/// Turns a validated Teams token and the tab's context into a page session, the way a launch does for an LMS: the
/// tenant is a platform, the user a person of it (subject = Entra object id). In a team linked to a course, the
/// person's role there comes from Microsoft Graph (owners teach, members learn; Learner only without Graph) and is
/// recorded; an unlinked team leads to the link page; outside a team, to the person's courses.
/// </summary>
public sealed class TeamsSignIn(
    AddinDbContext db,
    TeamsPlatforms platforms,
    LaunchRecorder recorder,
    ITeamRoles roles,
    ViewerSessionTokens sessions,
    TeamContextTokens teamTokens,
    TimeProvider time)
{
    public async Task<TeamsSignInResult> SignInAsync(TeamsIdentity identity, TeamsSessionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(request);
        if (request.TenantId is { Length: > 0 } contextTenant && !string.Equals(contextTenant, identity.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            throw new TeamsSignInException(TeamsChecks.ContextTenant, $"The tab's Teams context is of tenant {contextTenant}, but the token of tenant {identity.TenantId}.");
        }

        var platform = await platforms.EnsureAsync(identity.TenantId, cancellationToken);
        var (person, _) = await recorder.RecordAsync(
            new LaunchFacts { PlatformId = platform.Id, Subject = identity.ObjectId, Name = identity.Name, Email = identity.Email },
            cancellationToken);

        var team = request.TeamId is { Length: > 0 } teamId ? new TeamRef(false, teamId.Trim())
            : request.ChatId is { Length: > 0 } chatId ? new TeamRef(true, chatId.Trim())
            : null;
        if (team is null)
        {
            var home = new TeamsSessionAnswer(PageLinks.Home(sessions.Issue(person.Id, null)), "home", "Your courses with recordings.");
            return new TeamsSignInResult(home, person.Id, platform.Id, null, null);
        }

        var link = await db.TeamCourseLinks.AsNoTracking().Include(l => l.Course)
            .SingleOrDefaultAsync(l => l.TenantId == identity.TenantId && l.TeamId == team.Key, cancellationToken);
        if (link?.Course is null)
        {
            string name = string.IsNullOrWhiteSpace(request.TeamName) ? (team.IsChat ? "this chat" : "this team") : request.TeamName.Trim();
            string teamToken = teamTokens.Issue(new TeamContext(person.Id, identity.TenantId, team, name));
            var unlinked = new TeamsSessionAnswer(
                TeamsRoutes.Link(sessions.Issue(person.Id, null), teamToken),
                "link",
                $"{name} does not show a course yet. An owner of the team chooses which one.");
            return new TeamsSignInResult(unlinked, person.Id, platform.Id, null, team.Key);
        }

        var role = await RoleAsync(identity, team, cancellationToken);
        var courseRoles = role.ToCourseRoles();
        await RecordRoleAsync(link.CourseId, person.Id, courseRoles, cancellationToken);
        string roleName = courseRoles == CourseRoles.Instructor ? "Instructor" : "Learner";
        var answer = new TeamsSessionAnswer(
            PageLinks.Course(link.CourseId, sessions.Issue(person.Id, link.CourseId)),
            "course",
            $"This tab shows {link.Course.Title}.",
            link.Course.Title,
            roleName);
        return new TeamsSignInResult(answer, person.Id, platform.Id, link.CourseId, team.Key);
    }

    private async Task<TeamRole> RoleAsync(TeamsIdentity identity, TeamRef team, CancellationToken cancellationToken)
    {
        if (!roles.CanCheck)
        {
            // Without Graph the team's owners cannot be known: everyone who opens a linked tab is a learner.
            return TeamRole.Member;
        }

        TeamRole role;
        try
        {
            role = await roles.GetRoleAsync(identity.TenantId, team, identity.ObjectId, cancellationToken);
        }
        catch (TeamRolesUnavailableException ex)
        {
            throw new TeamsSignInException(TeamsChecks.RolesUnavailable, ex.Message, StatusCodes.Status503ServiceUnavailable);
        }

        return role != TeamRole.NotMember
            ? role
            : throw new TeamsSignInException(
                TeamsChecks.NotTeamMember,
                "Microsoft Graph does not list you as a member of this team, so its recordings are not shown to you.",
                StatusCodes.Status403Forbidden);
    }

    /// <summary>Teams is the source of truth for people who come through it: their role is replaced, as a launch replaces LMS roles.</summary>
    internal async Task RecordRoleAsync(long courseId, long personId, CourseRoles courseRoles, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.CourseId == courseId && e.PersonId == personId, cancellationToken);
        if (enrollment is null)
        {
            enrollment = new Enrollment { CourseId = courseId, PersonId = personId };
            db.Enrollments.Add(enrollment);
        }

        enrollment.Roles = courseRoles;
        enrollment.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
