using Addin.Core.Courses;
using Addin.Core.People;

namespace Addin.Core.Risk;

/// <summary>
/// Something a teacher did about a student at risk in a course: acknowledged an assessment, wrote a note, or set (or
/// cleared) a follow-up date. Kept as a history: nothing is edited or deleted, the latest of each kind is the current one.
/// </summary>
public sealed class RiskIntervention
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    public long StudentId { get; set; }

    public Person? Student { get; set; }

    /// <summary>Who did it; null once that person was erased.</summary>
    public long? AuthorId { get; set; }

    public Person? Author { get; set; }

    public RiskInterventionKind Kind { get; set; }

    /// <summary>The assessment acknowledged (for <see cref="RiskInterventionKind.Acknowledgement"/>).</summary>
    public long? AssessmentId { get; set; }

    /// <summary>The note's text, as written (for <see cref="RiskInterventionKind.Note"/>).</summary>
    public string? Note { get; set; }

    /// <summary>The follow-up date set, or null when it was cleared (for <see cref="RiskInterventionKind.FollowUp"/>).</summary>
    public DateOnly? FollowUpOn { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>What a <see cref="RiskIntervention"/> records.</summary>
public enum RiskInterventionKind
{
    Acknowledgement = 0,
    Note = 1,
    FollowUp = 2,
}
