namespace Addin.Core.Search;

/// <summary>Where to search: every recording the viewer may see, one course's recordings, or one recording.</summary>
public sealed record SearchScope(long? CourseId, long? RecordingId)
{
    public static SearchScope Everywhere { get; } = new(null, null);

    public static SearchScope Course(long courseId) => new(courseId, null);

    public static SearchScope Recording(long recordingId) => new(null, recordingId);
}
