using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Sessions;

namespace Addin.Core.Risk;

/// <summary>
/// One fact about a student in a course on a day. A fact from the institution's import is about the day: there is one
/// per student, course, day and kind, so importing the same file twice changes nothing and a later import corrects a
/// value. Attendance from a Teams report or a launch is about one scheduled session (<see cref="SessionId"/>): there is
/// one per student and session, so two sessions on one day are two facts.
/// </summary>
public sealed class StudentActivity
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The session an attendance fact is about; null for a fact about the whole day (the activity import).</summary>
    public long? SessionId { get; set; }

    public Session? Session { get; set; }

    public ActivityKind Kind { get; set; }

    public double Value { get; set; }

    /// <summary>How long the student was in the session (all their joins added up), where a Teams report measured it.</summary>
    public int? SecondsAttended { get; set; }

    /// <summary>The session's scheduled length the attendance was measured against, where a Teams report measured it.</summary>
    public int? SecondsScheduled { get; set; }

    public ActivitySource Source { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
