namespace Addin.Core.Courses;

/// <summary>Roles a person holds in a course.</summary>
[Flags]
public enum CourseRoles
{
    None = 0,
    Learner = 1,
    Instructor = 2,
    TeachingAssistant = 4,
    Mentor = 8,
    ContentDeveloper = 16,
    CourseAdministrator = 32,
}

/// <summary>What roles allow.</summary>
public static class CourseRolesExtensions
{
    /// <summary>Roles that teach the course and see all of its sessions.</summary>
    public const CourseRoles Teaching = CourseRoles.Instructor | CourseRoles.TeachingAssistant | CourseRoles.ContentDeveloper | CourseRoles.CourseAdministrator;

    public static bool Teaches(this CourseRoles roles) => (roles & Teaching) != 0;
}
