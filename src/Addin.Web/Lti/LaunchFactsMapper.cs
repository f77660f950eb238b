using Addin.Core.Courses;
using Addin.Core.Launches;
using Addin.Lti.Claims;

namespace Addin.Web.Lti;

/// <summary>Translates a validated LTI launch into what the domain needs to know.</summary>
public static class LaunchFactsMapper
{
    public static LaunchFacts ToFacts(this LtiLaunch launch, long platformId)
    {
        ArgumentNullException.ThrowIfNull(launch);
        return new LaunchFacts
        {
            PlatformId = platformId,
            Subject = launch.Subject,
            Name = launch.Name ?? JoinNames(launch.GivenName, launch.FamilyName),
            Email = launch.Email,
            IsReviewer = launch.RoleSet.IsInstitutionAdministrator,
            Course = launch.Context is { } context ? new LaunchCourse(context.Id, context.Title, context.Label) : null,
            Roles = ToCourseRoles(launch.RoleSet),
            MentoredSubjects = launch.MentoredUserIds,
            ContextHistory = History(launch.Custom, "context_id_history"),
            MembershipsUrl = launch.NamesRoles?.ContextMembershipsUrl,
            LineItemsUrl = launch.Grades?.LineItems,
        };
    }

    /// <summary>
    /// Reads a substituted <c>$Context.id.history</c>: a comma-separated list, most recent first. An LMS that does not
    /// support the variable sends it back unsubstituted, which means no history.
    /// </summary>
    private static IReadOnlyList<string> History(IReadOnlyDictionary<string, string> custom, string name) =>
        custom.TryGetValue(name, out string? value) && !value.StartsWith('$')
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public static CourseRoles ToCourseRoles(LtiRoles roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var result = CourseRoles.None;
        result |= roles.IsLearner ? CourseRoles.Learner : CourseRoles.None;
        result |= roles.IsInstructor ? CourseRoles.Instructor : CourseRoles.None;
        result |= roles.IsTeachingAssistant ? CourseRoles.TeachingAssistant : CourseRoles.None;
        result |= roles.IsMentor ? CourseRoles.Mentor : CourseRoles.None;
        result |= roles.IsContentDeveloper ? CourseRoles.ContentDeveloper : CourseRoles.None;
        result |= roles.IsCourseAdministrator ? CourseRoles.CourseAdministrator : CourseRoles.None;
        return result;
    }

    /// <summary>"Given Family" when the platform sent the parts but no full name.</summary>
    internal static string? JoinNames(string? given, string? family)
    {
        string joined = string.Join(' ', new[] { given, family }.Where(n => !string.IsNullOrWhiteSpace(n)));
        return joined.Length == 0 ? null : joined;
    }
}
