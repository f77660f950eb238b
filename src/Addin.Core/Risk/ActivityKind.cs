namespace Addin.Core.Risk;

/// <summary>What an imported activity row records; the CSV names are the lower-case forms (<c>activity_count</c>).</summary>
public enum ActivityKind
{
    /// <summary>A scheduled session: value 1 when the student attended, 0 when they missed it.</summary>
    Attendance = 0,

    /// <summary>LMS activity that day (page views, posts, submissions): a count.</summary>
    ActivityCount = 1,

    /// <summary>An assessment result, 0 to 1 (or 0 to 100, read as a percentage).</summary>
    AssessmentScore = 2,

    /// <summary>Assessments due that day: a count.</summary>
    AssessmentDue = 3,

    /// <summary>How the course ended for the student: 1 passed, 0 failed or dropped out. Trains the risk model.</summary>
    Outcome = 4,
}
