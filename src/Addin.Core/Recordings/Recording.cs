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

    /// <summary>
    /// The languages of the translated caption tracks stored beside <see cref="CaptionsKey"/> (BCP 47 tags separated by
    /// commas, each at <see cref="Pipeline.MediaKeys.TranslatedCaptions"/>), or null when there are none.
    /// </summary>
    public string? CaptionTranslations { get; set; }

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

    /// <summary>The highlight clip of the published recap's tagged moments (see <see cref="Highlights.HighlightClip"/>).</summary>
    public string? HighlightsKey { get; set; }

    /// <summary>The highlight clip's captions, on the clip's timeline.</summary>
    public string? HighlightCaptionsKey { get; set; }

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

    /// <summary>Hidden from students and mentors (not deleted): only those who manage the session still see it.</summary>
    public bool HiddenFromStudents { get; set; }

    /// <summary>Marked to keep: retention never deletes it, and it cannot be deleted until the mark is cleared.</summary>
    public bool Keep { get; set; }

    /// <summary>Why a reviewer put it under legal hold; null when it is not held. A held recording cannot be deleted.</summary>
    public string? LegalHold { get; set; }

    /// <summary>Counts the changes made to how the recording is kept and shown, so a form made from an older state changes nothing.</summary>
    public int ControlVersion { get; set; }

    /// <summary>When its media and derived data were deleted; the row stays as a tombstone.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Who deleted it; null when a retention policy did.</summary>
    public long? DeletedById { get; set; }

    /// <summary>Why it was deleted: by whom, or the retention policy that caused it.</summary>
    public string? DeletedReason { get; set; }

    /// <summary>When the instructors were told that retention will delete it.</summary>
    public DateTimeOffset? RetentionNoticeAt { get; set; }

    /// <summary>The storage tier retention moved its media to; null while it is in the store's default tier.</summary>
    public string? StorageTier { get; set; }

    public List<RecordingEvent> Events { get; } = [];

    /// <summary>Every key of its media in the store: the original, renditions and captions.</summary>
    public IEnumerable<string> StoredKeys() =>
        new[] { MediaKey, PosterKey, CaptionsKey, SourceTranscriptKey, AudioKey, PlaybackKey, DownloadKey, ThumbnailsKey, ThumbnailSpriteKey, HighlightsKey, HighlightCaptionsKey }
            .Concat(TranslatedCaptionLanguages.Select(language => Pipeline.MediaKeys.TranslatedCaptions(Id, language)))
            .OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The languages of the stored translated caption tracks, in the order they were made.</summary>
    public IReadOnlyList<string> TranslatedCaptionLanguages => Courses.CaptionTranslationLanguages.Split(CaptionTranslations);

    public TimeSpan? Duration => DurationMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null;

    public bool IsPlayable => Status == RecordingStatus.Ready && MediaKey is not null;
}
