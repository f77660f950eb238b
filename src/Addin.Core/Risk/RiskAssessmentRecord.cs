using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Sdk.Risk;

namespace Addin.Core.Risk;

/// <summary>A risk model's assessment of a student in a course at one time; kept, so the level's trend can be shown.</summary>
public sealed class RiskAssessmentRecord
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The risk model provider that made it (<c>rule-risk</c>, <c>mlnet-risk</c>).</summary>
    public required string ModelId { get; set; }

    public RiskLevel Level { get; set; }

    public double Score { get; set; }

    /// <summary>The factors, strongest first, as JSON (<see cref="RiskFactor"/> objects).</summary>
    public required string FactorsJson { get; set; }

    /// <summary>The Monday of the last week of signals it saw.</summary>
    public DateOnly WeekStart { get; set; }

    public DateTimeOffset AssessedAt { get; set; }

    /// <summary>True when the student was not at high risk before this assessment and is now: the instructors are told.</summary>
    public bool EnteredHigh { get; set; }

    /// <summary>When the instructors' alert about <see cref="EnteredHigh"/> was dealt with (sent, or nobody to tell).</summary>
    public DateTimeOffset? AlertedAt { get; set; }

    /// <summary>Why the alert did not go out, when it did not.</summary>
    public string? AlertProblem { get; set; }
}
