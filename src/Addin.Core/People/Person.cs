using Addin.Core.Institutions;

namespace Addin.Core.People;

/// <summary>A user of one platform, identified by the LTI <c>sub</c>.</summary>
public sealed class Person
{
    public long Id { get; set; }

    public long PlatformId { get; set; }

    public Platform? Platform { get; set; }

    /// <summary>The LTI subject (<c>sub</c>), stable per platform.</summary>
    public required string Subject { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    /// <summary>True when the LMS says the person administers the institution: they review all of its sessions.</summary>
    public bool IsReviewer { get; set; }

    public DateTimeOffset? LastLaunchAt { get; set; }

    public string DisplayName => Name ?? Email ?? Subject;
}
