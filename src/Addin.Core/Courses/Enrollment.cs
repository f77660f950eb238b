using Addin.Core.People;

namespace Addin.Core.Courses;

/// <summary>A person's roles in a course, as the LMS last said at launch.</summary>
public sealed class Enrollment
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public CourseRoles Roles { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
