namespace Addin.Core.Courses;

/// <summary>
/// An id a remote service knows a course by (a Zoom meeting id, a Teams team or meeting id), so a recording source can
/// map what it announces to the course. One id per kind per course; on a platform an id belongs to one course.
/// </summary>
public sealed class CourseExternalId
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    /// <summary>The course's platform, repeated here so an id is unique per platform.</summary>
    public long PlatformId { get; set; }

    /// <summary>The kind, for example <see cref="ExternalIdKinds.ZoomMeeting"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The id, in the normal form of its kind.</summary>
    public required string Value { get; set; }

    /// <summary>Who set it.</summary>
    public long? SetById { get; set; }

    public DateTimeOffset SetAt { get; set; }
}
