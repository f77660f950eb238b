namespace Addin.Core.Courses;

/// <summary>
/// A course the LMS says was copied from another one Addin knows (LTI <c>$Context.id.history</c>). The earlier
/// course's sessions reach the copy's students only once a teacher of the copy chooses to bring them.
/// </summary>
public sealed class CourseCopy
{
    public long Id { get; set; }

    /// <summary>The new course.</summary>
    public long CourseId { get; set; }

    public Course? Course { get; set; }

    /// <summary>The course it was copied from.</summary>
    public long SourceCourseId { get; set; }

    public Course? SourceCourse { get; set; }

    public CourseCopyDecision Decision { get; set; }

    public long? DecidedById { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What the copy's teacher chose.</summary>
public enum CourseCopyDecision
{
    /// <summary>Not decided: nothing of the earlier course is shown.</summary>
    Pending = 0,

    /// <summary>The earlier course's class sessions are shown in the copy.</summary>
    Brought = 1,

    /// <summary>Nothing of the earlier course is shown.</summary>
    Declined = 2,
}
