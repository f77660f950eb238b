using Addin.Core.Courses;

namespace Addin.Core.Launches;

/// <summary>What a validated LMS launch tells about the person and the course, in domain terms.</summary>
public sealed record LaunchFacts
{
    public required long PlatformId { get; init; }

    public required string Subject { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    /// <summary>True when the LMS says the person administers the institution.</summary>
    public bool IsReviewer { get; init; }

    /// <summary>The course launched from; null for launches outside a course.</summary>
    public LaunchCourse? Course { get; init; }

    public CourseRoles Roles { get; init; }

    /// <summary>The LMS user ids of the students this person mentors (LTI <c>role_scope_mentor</c>).</summary>
    public IReadOnlyList<string> MentoredSubjects { get; init; } = [];

    /// <summary>The context ids the course was copied from, most recent first (LTI <c>$Context.id.history</c>).</summary>
    public IReadOnlyList<string> ContextHistory { get; init; } = [];

    /// <summary>The course's roster endpoint (LTI NRPS), when the launch gives one.</summary>
    public Uri? MembershipsUrl { get; init; }

    /// <summary>The course's grade book endpoint (LTI AGS), when the launch gives one.</summary>
    public Uri? LineItemsUrl { get; init; }
}

/// <summary>The course of a launch.</summary>
public sealed record LaunchCourse(string ContextId, string? Title, string? Label);
