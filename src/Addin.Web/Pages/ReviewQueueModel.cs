using Addin.Core.Quality;

namespace Addin.Web.Pages;

/// <summary>The review queue: flagged sessions of the reviewer's institution, a sample of unflagged ones, and the filters used.</summary>
public sealed record ReviewQueueModel(
    PageViewer Viewer,
    ReviewQueueFilter Filter,
    IReadOnlyList<string> FilterProblems,
    IReadOnlyList<FlagRow> Flags,
    IReadOnlyList<SampledSession> Sample,
    int UnflaggedSessions,
    IReadOnlyList<FilterChoice> Courses,
    IReadOnlyList<FilterChoice> Instructors,
    string? Notice = null);

/// <summary>A flag as the queue lists it.</summary>
public sealed record FlagRow(
    long FlagId,
    long SessionId,
    string SessionTitle,
    long CourseId,
    string CourseTitle,
    string? Instructor,
    DateTimeOffset SessionAt,
    QualityFlagKind Kind,
    string Evidence,
    long? RecordingId,
    long? AtMs,
    DateTimeOffset DetectedAt,
    QualityFlagStatus Status,
    string? Note,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt);

/// <summary>An unflagged session picked for review by sampling.</summary>
public sealed record SampledSession(long SessionId, string Title, long CourseId, string CourseTitle, string? Instructor, DateTimeOffset At, long? RecordingId);

/// <summary>A value a filter can take, and how it reads.</summary>
public sealed record FilterChoice(long Id, string Label);
