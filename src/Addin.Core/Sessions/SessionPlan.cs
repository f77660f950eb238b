namespace Addin.Core.Sessions;

/// <summary>What someone asked to schedule: a one-off session or a recurring series, at a local time in a time zone.</summary>
public sealed record SessionPlan(
    long CourseId,
    string Title,
    DateTime LocalStart,
    TimeSpan Duration,
    string TimeZone,
    Recurrence? Recurrence,
    long? InstructorId,
    long? SubstituteId);
