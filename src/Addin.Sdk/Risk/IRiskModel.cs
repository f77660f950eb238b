namespace Addin.Sdk.Risk;

/// <summary>Assesses which students are at risk. Each assessment lists the factors behind it in words a teacher understands.</summary>
public interface IRiskModel
{
    /// <summary>Assesses many students at once (scoring is batched for speed).</summary>
    Task<IReadOnlyList<RiskAssessment>> AssessAsync(IReadOnlyList<StudentSignals> students, CancellationToken cancellationToken);
}

/// <summary>A student's signals in one course, week by week, oldest first.</summary>
public sealed record StudentSignals
{
    /// <summary>The student's key.</summary>
    public required string StudentKey { get; init; }

    /// <summary>The course's key.</summary>
    public required string CourseKey { get; init; }

    /// <summary>The weeks so far.</summary>
    public required IReadOnlyList<WeeklySignals> Weeks { get; init; }
}

/// <summary>What was observed about a student in one week. Null means not observed (not zero).</summary>
public sealed record WeeklySignals
{
    /// <summary>The Monday the week starts on.</summary>
    public required DateOnly WeekStart { get; init; }

    /// <summary>Sessions scheduled for the student.</summary>
    public int SessionsScheduled { get; init; }

    /// <summary>Sessions the student attended.</summary>
    public int SessionsAttended { get; init; }

    /// <summary>
    /// The sessions attended counted by how much of each the student was in, where an attendance report measured it: a
    /// session attended for 40 of its 60 minutes counts 0.67, one known only as attended 1, one missed 0. Null when no
    /// session of the week had its minutes measured (then <see cref="SessionsAttended"/> is all there is). Since SDK 1.4.
    /// </summary>
    public double? SessionsAttendedByTime { get; init; }

    /// <summary>The student's share of talk time in their sessions, 0 to 1.</summary>
    public double? TalkShare { get; init; }

    /// <summary>Speaking turns the student took.</summary>
    public int? Turns { get; init; }

    /// <summary>Comprehension gaps recorded for the student.</summary>
    public int ComprehensionGaps { get; init; }

    /// <summary>
    /// Minutes the student watched of the recordings of the week's sessions (whenever they watched them), counting each
    /// part once. Null when the week had no recording for the student (see <see cref="MinutesRecorded"/>).
    /// </summary>
    public double? MinutesWatched { get; init; }

    /// <summary>
    /// Minutes of recordings of the week's sessions the student may watch (class sessions and their own). Null when
    /// there were none. Since SDK 1.5.
    /// </summary>
    public double? MinutesRecorded { get; init; }

    /// <summary>Average assessment score, 0 to 1.</summary>
    public double? AssessmentScore { get; init; }

    /// <summary>Assessments due that week.</summary>
    public int AssessmentsDue { get; init; }

    /// <summary>LMS activity count (page views, submissions, …).</summary>
    public int? ActivityCount { get; init; }
}

/// <summary>The traffic-light level.</summary>
public enum RiskLevel
{
    /// <summary>No concern.</summary>
    Low,

    /// <summary>Worth watching.</summary>
    Medium,

    /// <summary>Act now.</summary>
    High,
}

/// <summary>A model's assessment of one student.</summary>
public sealed record RiskAssessment
{
    /// <summary>The student's key.</summary>
    public required string StudentKey { get; init; }

    /// <summary>The course's key.</summary>
    public required string CourseKey { get; init; }

    /// <summary>The level.</summary>
    public required RiskLevel Level { get; init; }

    /// <summary>The risk score from 0 (none) to 1 (certain).</summary>
    public required double Score { get; init; }

    /// <summary>The factors that contributed most, strongest first.</summary>
    public required IReadOnlyList<RiskFactor> Factors { get; init; }
}

/// <summary>One reason behind an assessment.</summary>
/// <param name="Code">A stable code, for example <c>attendance.low</c>.</param>
/// <param name="Description">The reason in words a teacher understands, with the numbers behind it.</param>
/// <param name="Weight">How much it contributed, 0 to 1.</param>
public sealed record RiskFactor(string Code, string Description, double Weight);
