using Addin.Core.Alerts;
using Addin.Core.Recordings;

namespace Addin.Web.Pages;

/// <summary>The pipeline health page: how much is where, what failed and why, what waits longest, what finished, who was told.</summary>
public sealed record PipelineHealthModel(
    PageViewer Viewer,
    IReadOnlyList<StageCounts> Stages,
    IReadOnlyList<PipelineFailure> Failures,
    WaitingRecording? OldestWaiting,
    IReadOnlyList<HourlyCount> Throughput,
    IReadOnlyList<AlertRow> Alerts,
    DateTimeOffset Now,
    string? Notice = null)
{
    /// <summary>Recordings an automatic source found for courses that have not opted in, newest first: nothing was fetched yet.</summary>
    public IReadOnlyList<HeldRecording> NotImported { get; init; } = [];
}

/// <summary>A recording held because its course has not opted in to automatic import.</summary>
public sealed record HeldRecording(long RecordingId, string Title, string CourseTitle, DateTimeOffset FoundAt);

/// <summary>Recordings at one stage, by how they stand.</summary>
public sealed record StageCounts(PipelineStage Stage, int Waiting, int Running, int Failed, int Ready);

/// <summary>A recording that failed for good.</summary>
public sealed record PipelineFailure(long RecordingId, string Title, string CourseTitle, PipelineStage Stage, string? Error, int Attempts, DateTimeOffset At);

/// <summary>The recording that has waited longest for a worker.</summary>
public sealed record WaitingRecording(long RecordingId, string Title, PipelineStage Stage, DateTimeOffset Since);

/// <summary>Recordings that became ready in the hour starting at <see cref="Hour"/>.</summary>
public sealed record HourlyCount(DateTimeOffset Hour, int Count);

/// <summary>An alert as the page lists it.</summary>
public sealed record AlertRow(long? RecordingId, long? SessionId, AlertKind Kind, AlertAudience Audience, string NotifierId, string Recipients, string Subject, AlertStatus Status, string? Error, DateTimeOffset At);
