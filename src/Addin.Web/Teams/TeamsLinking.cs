using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Teams;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Teams;

/// <summary>
/// Links a team to the course its tab shows. Only an owner of the team (as Microsoft Graph says, never the Teams
/// client) may link it, and only to a course they teach or review in their institution — on any of its platforms:
/// the owner's Teams identity is matched to their LMS identities by e-mail address within the institution — or to a
/// new course made for the team.
/// </summary>
public sealed class TeamsLinking(AddinDbContext db, AccessPolicy access, ITeamRoles roles, TeamsSignIn signIn, TimeProvider time)
{
    /// <summary>Whether the viewer may link the team, and if not, why (in words for the page).</summary>
    public async Task<(TeamsLinkState State, string? Message)> CheckOwnerAsync(RequestViewer viewer, TeamContext team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(team);
        if (!roles.CanCheck)
        {
            return (TeamsLinkState.GraphNotConfigured,
                "Nobody can link a team to a course yet: Addin cannot ask Microsoft Graph who owns this team. " +
                "Ask your Addin administrator to set Addin:Teams:ClientSecret and grant the app TeamMember.Read.All.");
        }

        try
        {
            var role = await roles.GetRoleAsync(team.TenantId, team.Team, viewer.Person.Subject, cancellationToken);
            return role == TeamRole.Owner
                ? (TeamsLinkState.CanLink, null)
                : (TeamsLinkState.NotOwner, $"Only an owner of {team.TeamName} can choose the course its tab shows. Ask one of the team's owners to open the tab.");
        }
        catch (TeamRolesUnavailableException ex)
        {
            return (TeamsLinkState.GraphUnavailable, "Microsoft Graph could not say who owns this team: " + ex.Message);
        }
    }

    /// <summary>The courses the viewer may link: those any of their identities in the institution teaches or reviews.</summary>
    public async Task<IReadOnlyList<LinkableCourse>> CoursesAsync(RequestViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var courses = new Dictionary<long, LinkableCourse>();
        foreach (var identity in await IdentitiesAsync(viewer, cancellationToken))
        {
            var visible = await access.VisibleCourses(identity).AsNoTracking()
                .Select(c => new { c.Id, c.Title, c.Label, Platform = c.Platform!.Name })
                .ToListAsync(cancellationToken);
            foreach (var course in visible.Where(c => !courses.ContainsKey(c.Id)))
            {
                if (await access.ManagesCourseAsync(identity, course.Id, cancellationToken))
                {
                    courses[course.Id] = new LinkableCourse(course.Id, course.Title, course.Label, course.Platform);
                }
            }
        }

        return [.. courses.Values.OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.Id)];
    }

    /// <summary>The course the team shows now, if any.</summary>
    public Task<TeamCourseLink?> CurrentAsync(TeamContext team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        return db.TeamCourseLinks.AsNoTracking().Include(l => l.Course)
            .SingleOrDefaultAsync(l => l.TenantId == team.TenantId && l.TeamId == team.Team.Key, cancellationToken);
    }

    /// <summary>
    /// Links the team to <paramref name="courseId"/>, or to a new course titled <paramref name="newTitle"/> when
    /// <paramref name="courseId"/> is null. Returns the course, or null when the viewer may not link that course.
    /// The caller has checked that the viewer owns the team.
    /// </summary>
    public async Task<long?> LinkAsync(RequestViewer viewer, TeamContext team, long? courseId, string? newTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(team);
        long target;
        if (courseId is { } chosen)
        {
            if ((await CoursesAsync(viewer, cancellationToken)).All(c => c.Id != chosen))
            {
                return null;
            }

            target = chosen;
        }
        else
        {
            target = await CourseForTeamAsync(viewer, team, newTitle, cancellationToken);
        }

        var link = await db.TeamCourseLinks.SingleOrDefaultAsync(l => l.TenantId == team.TenantId && l.TeamId == team.Team.Key, cancellationToken);
        if (link is null)
        {
            link = new TeamCourseLink { TenantId = team.TenantId, TeamId = team.Team.Key };
            db.TeamCourseLinks.Add(link);
        }

        link.CourseId = target;
        link.LinkedById = viewer.Person.Id;
        link.LinkedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        // The owner who linked it teaches the course through the team from now on, as every owner does.
        await signIn.RecordRoleAsync(target, viewer.Person.Id, TeamRole.Owner.ToCourseRoles(), cancellationToken);
        return target;
    }

    /// <summary>The viewer's identities in their institution: this one, and those of other platforms with the same e-mail address.</summary>
    private async Task<IReadOnlyList<Viewer>> IdentitiesAsync(RequestViewer viewer, CancellationToken cancellationToken)
    {
        var identities = new List<Viewer> { viewer.Viewer };
        if (viewer.Person.Email is { Length: > 0 } email)
        {
            string address = email.Trim().ToLowerInvariant();
            long institution = viewer.Viewer.InstitutionId;
            var others = await db.People.AsNoTracking()
                .Where(p => p.Id != viewer.Person.Id && p.Email != null && p.Email.ToLower() == address && p.Platform!.InstitutionId == institution)
                .Select(p => new { p.Id, p.PlatformId, p.IsReviewer })
                .ToListAsync(cancellationToken);
            identities.AddRange(others.Select(p => new Viewer(p.Id, p.PlatformId, institution, p.IsReviewer)));
        }

        return identities;
    }

    /// <summary>The team's own course on the Teams platform (made on first use), titled as the owner chose.</summary>
    private async Task<long> CourseForTeamAsync(RequestViewer viewer, TeamContext team, string? newTitle, CancellationToken cancellationToken)
    {
        string title = string.IsNullOrWhiteSpace(newTitle) ? team.TeamName : newTitle.Trim();
        title = title.Length > 300 ? title[..300] : title;
        var course = await db.Courses.SingleOrDefaultAsync(c => c.PlatformId == viewer.Person.PlatformId && c.ContextId == team.Team.Key, cancellationToken);
        if (course is null)
        {
            course = new Course { PlatformId = viewer.Person.PlatformId, ContextId = team.Team.Key, Key = await NewCourseKeyAsync(title, cancellationToken), Title = title };
            db.Courses.Add(course);
        }

        course.Title = title;
        await db.SaveChangesAsync(cancellationToken);
        return course.Id;
    }

    private async Task<string> NewCourseKeyAsync(string title, CancellationToken cancellationToken)
    {
        string stem = CourseKeys.Slug(title);
        string key = stem;
        for (int n = 2; await db.Courses.AnyAsync(c => c.Key == key, cancellationToken); n++)
        {
            key = $"{stem}-{n}";
        }

        return key;
    }
}
