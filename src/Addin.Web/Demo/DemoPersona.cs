namespace Addin.Web.Demo;

/// <summary>A person of the demo LMS, launching into one of its courses with LTI roles.</summary>
public sealed record DemoPersona(
    string Key,
    string Subject,
    string Name,
    string Email,
    string CourseContextId,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Mentees,
    string Description)
{
    /// <summary>Teaches the course in the LMS, so the LMS offers them "Add Addin content" (deep linking).</summary>
    public bool Teaches => Roles.Contains(Addin.Lti.Claims.LtiRoleUris.Instructor);

    /// <summary>
    /// True for someone who joined the LMS course after Addin was set up: Addin first hears of them from the course's
    /// roster sync, not from the demo's seed.
    /// </summary>
    public bool JoinsByRosterSync { get; init; }
}

/// <summary>A course of the demo LMS; <paramref name="CopiedFrom"/> is the course it was copied from, if any.</summary>
public sealed record DemoCourse(string ContextId, string Key, string Title, string Label, string? CopiedFrom = null);
