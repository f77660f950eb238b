namespace Addin.Sdk.Recordings;

/// <summary>A recording a source knows about, before it is imported.</summary>
public sealed record RecordingReference
{
    /// <summary>The recording's id in the source, stable across calls; the host imports each id once.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The course it belongs to, when the source knows; otherwise the host maps <see cref="MeetingId"/>.</summary>
    public string? CourseKey { get; init; }

    /// <summary>The meeting it was recorded in (Teams online meeting id, Zoom meeting id), when there is one.</summary>
    public string? MeetingId { get; init; }

    /// <summary>A human title for the session.</summary>
    public required string Title { get; init; }

    /// <summary>When the session started, if known.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the session ended, if known.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The media file name (used for its extension and for downloads).</summary>
    public required string FileName { get; init; }

    /// <summary>The media content type, if the source knows it.</summary>
    public string? ContentType { get; init; }

    /// <summary>The media size in bytes, if the source knows it before download.</summary>
    public long? Length { get; init; }

    /// <summary>Who took part, when the source knows. Empty means everyone enrolled in the course.</summary>
    public IReadOnlyList<ParticipantReference> Participants { get; init; } = [];

    /// <summary>True when a transcript can be opened for it.</summary>
    public bool HasTranscript { get; init; }

    /// <summary>
    /// Problems with what came with the recording that make importing it unsafe — for example a metadata file that
    /// could not be read, so who may see the session is unknown. The host refuses such a recording with these messages
    /// (and passes them back in <see cref="IRecordingSource.CompleteAsync"/>); nothing is imported with the wrong audience.
    /// </summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Source-specific values the source needs to open it again (download URLs, ids).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}

/// <summary>Someone who took part in a recorded session, as the source identifies them.</summary>
public sealed record ParticipantReference
{
    /// <summary>The LMS user id (LTI <c>sub</c>) when known.</summary>
    public string? LmsUserId { get; init; }

    /// <summary>The email address when known; used to match LMS users.</summary>
    public string? Email { get; init; }

    /// <summary>The name shown in the meeting.</summary>
    public string? DisplayName { get; init; }
}
