namespace Addin.Core.Recordings;

/// <summary>Something that happened to a recording in the pipeline: shown on its page, in time order.</summary>
public sealed class RecordingEvent
{
    public long Id { get; set; }

    public long RecordingId { get; set; }

    public PipelineStage Stage { get; set; }

    public EventSeverity Severity { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>How much an event matters.</summary>
public enum EventSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
