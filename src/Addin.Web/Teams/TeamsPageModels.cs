using Addin.Web.Pages;

namespace Addin.Web.Teams;

/// <summary>What a Teams tab page is for.</summary>
public enum TeamsPageMode
{
    /// <summary>The tab's content (static personal tab, or a team's configured tab): signs in, then opens the course.</summary>
    Tab,

    /// <summary>The configuration page Teams shows when the tab is added to a team or chat.</summary>
    Configure,
}

/// <summary>The tab and configuration pages: the script signs in with Teams SSO and posts to <see cref="SessionUrl"/>.</summary>
/// <param name="Mode">Tab or configuration page.</param>
/// <param name="IsConfigured">False when Addin has no Entra client id: the page says so and loads no script.</param>
/// <param name="SessionUrl">Where the script posts the token and the Teams context.</param>
/// <param name="ContentUrl">The tab's content URL, which the configuration page saves (absolute).</param>
public sealed record TeamsTabPageModel(TeamsPageMode Mode, bool IsConfigured, string SessionUrl, string ContentUrl);

/// <summary>Why the link page shows what it shows.</summary>
public enum TeamsLinkState
{
    /// <summary>The viewer owns the team and may choose its course.</summary>
    CanLink,

    /// <summary>Graph says the viewer is not an owner.</summary>
    NotOwner,

    /// <summary>Graph is not configured: nobody can link teams.</summary>
    GraphNotConfigured,

    /// <summary>Graph did not answer; try again.</summary>
    GraphUnavailable,
}

/// <summary>A course a team owner may link the team to.</summary>
public sealed record LinkableCourse(long Id, string Title, string? Label, string PlatformName);

/// <summary>The page where a team owner picks the course the team's tab shows.</summary>
/// <param name="Viewer">Who is looking.</param>
/// <param name="TeamName">The team's (or chat's) name as Teams gave it.</param>
/// <param name="FormAction">Where the form posts (carries the session and the signed team).</param>
/// <param name="State">Whether the viewer may link, and if not, why.</param>
/// <param name="Courses">The courses the viewer teaches or reviews in the institution.</param>
/// <param name="CurrentCourseId">The course the team shows now, if linked.</param>
/// <param name="CurrentCourseTitle">Its title.</param>
/// <param name="Message">The reason when the viewer may not link, or a problem with the last submission.</param>
public sealed record TeamsLinkPageModel(
    PageViewer Viewer,
    string TeamName,
    string FormAction,
    TeamsLinkState State,
    IReadOnlyList<LinkableCourse> Courses,
    long? CurrentCourseId,
    string? CurrentCourseTitle,
    string? Message);

/// <summary>What <c>POST /teams/session</c> reads: the Teams context the tab's script found.</summary>
/// <param name="TenantId">The context's tenant id (<c>user.tenant.id</c>); must be the token's.</param>
/// <param name="TeamId">The team's group id (<c>team.groupId</c>), in a team.</param>
/// <param name="TeamName">The team's name (<c>team.displayName</c>).</param>
/// <param name="ChatId">The chat's id (<c>chat.id</c>), in a group chat.</param>
/// <param name="Page">"tab" or "configure".</param>
public sealed record TeamsSessionRequest(string? TenantId, string? TeamId, string? TeamName, string? ChatId, string? Page);

/// <summary>What <c>POST /teams/session</c> answers.</summary>
/// <param name="Url">The page to open: the course, the person's courses, or the link page.</param>
/// <param name="Status">"course", "home" or "link".</param>
/// <param name="Message">A sentence for the page (the configuration page shows it).</param>
/// <param name="CourseTitle">The linked course.</param>
/// <param name="Role">The role recorded in it.</param>
public sealed record TeamsSessionAnswer(string Url, string Status, string Message, string? CourseTitle = null, string? Role = null);
