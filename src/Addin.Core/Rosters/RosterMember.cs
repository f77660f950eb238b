using Addin.Core.Courses;

namespace Addin.Core.Rosters;

/// <summary>A person on a course's roster as the LMS reports it (LTI Names and Role Provisioning).</summary>
public sealed record RosterMember(string Subject, string? Name, string? Email, CourseRoles Roles, bool Active)
{
    /// <summary>True when the LMS says the person administers the institution: they review all of its sessions.</summary>
    public bool IsReviewer { get; init; }

    /// <summary>
    /// For a mentor, the LMS user ids of the students they mentor (LTI <c>role_scope_mentor</c>); empty when the LMS
    /// did not say, which leaves the mentor's students as they were.
    /// </summary>
    public IReadOnlyList<string> MentoredSubjects { get; init; } = [];
}

/// <summary>What a roster update changed.</summary>
public sealed record RosterChanges(int Added, int Changed, int Removed);
