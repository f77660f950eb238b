using Addin.Core.Courses;
using Addin.Core.Sessions;

namespace Addin.Core.Recordings;

/// <summary>A recording of a session, and where it is in the pipeline.</summary>
public sealed class Recording
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    public long SessionId { get; set; }

    public Session? Session { get; set; }

    /// <summary>The recording source provider it came from (<c>folder</c>, <c>teams</c>, …).</summary>
    public required string SourceProviderId { get; set; }

    /// <summary>The source's id for it; the pair with <see cref="SourceProviderId"/> is unique, so a notification repeated is one recording.</summary>
    public required string ExternalId { get; set; }

    /// <summary>The source's reference, as JSON, so the pipeline can reopen it after a restart.</summary>
    public required string SourceReferenceJson { get; set; }

    public required string Title { get; set; }

    public required string OriginalFileName { get; set; }

    public string? ContentType { get; set; }

    public long? SizeBytes { get; set; }

    /// <summary>SHA-256 of the original media, once stored.</summary>
    public string? Sha256 { get; set; }

    /// <summary>
    /// Equals <see cref="Sha256"/> on the recording that owns that content in its course, null otherwise. A unique index on
    /// (course, this) makes a second import of the same content fail to claim it, even when two imports race.
    /// </summary>
    public string? ContentClaim { get; set; }

    public long? DuplicateOfId { get; set; }

    public string? MediaKey { get; set; }

    public string? PosterKey { get; set; }

    public string? CaptionsKey { get; set; }

    public string? SourceTranscriptKey { get; set; }

    /// <summary>The audio-only version (AAC in M4A), for listening on a phone or a slow connection.</summary>
    public string? AudioKey { get; set; }

    /// <summary>The MP4 browsers play (index first, re-encoded only when the original cannot play); null when the recording is sound only.</summary>
    public string? PlaybackKey { get; set; }

    /// <summary>The whole session as one MP4 with the captions as a text track (the playback MP4 itself when there are no captions).</summary>
    public string? DownloadKey { get; set; }

    /// <summary>The WebVTT thumbnails track for the scrubber; its cues point into <see cref="ThumbnailSpriteKey"/>.</summary>
    public string? ThumbnailsKey { get; set; }

    /// <summary>The JPEG sprite holding every thumbnail.</summary>
    public string? ThumbnailSpriteKey { get; set; }

    public long? DurationMs { get; set; }

    public string? MediaFormat { get; set; }

    public string? VideoCodec { get; set; }

    public string? AudioCodec { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public PipelineStage Stage { get; set; }

    public RecordingStatus Status { get; set; }

    /// <summary>Progress of the current stage, 0 to 100.</summary>
    public int Progress { get; set; }

    /// <summary>The last failure, in words a person can act on.</summary>
    public string? Error { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<RecordingEvent> Events { get; } = [];

    public TimeSpan? Duration => DurationMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null;

    public bool IsPlayable => Status == RecordingStatus.Ready && MediaKey is not null;
}
