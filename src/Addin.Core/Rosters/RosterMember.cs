using Addin.Core.Courses;

namespace Addin.Core.Rosters;

/// <summary>A person on a course's roster as the LMS reports it (LTI Names and Role Provisioning).</summary>
public sealed record RosterMember(string Subject, string? Name, string? Email, CourseRoles Roles, bool Active);

/// <summary>What a roster update changed.</summary>
public sealed record RosterChanges(int Added, int Changed, int Removed);
