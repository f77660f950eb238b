using Addin.Core.Courses;

namespace Addin.Core.Teams;

/// <summary>A Microsoft Teams team whose tab shows an Addin course.</summary>
public sealed class TeamCourseLink
{
    public long Id { get; set; }

    /// <summary>The Microsoft Entra tenant id.</summary>
    public required string TenantId { get; set; }

    /// <summary>The team's group id.</summary>
    public required string TeamId { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    public long LinkedById { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}
