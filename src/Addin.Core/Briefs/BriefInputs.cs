namespace Addin.Core.Briefs;

/// <summary>
/// What recaps tell a brief: the last session's recap, the comprehension gaps still open, and how students respond to
/// explanations.
/// </summary>
public interface IRecapBriefSource
{
    /// <summary>The recap of the course's latest session before <paramref name="before"/>: the approved one, else the draft.</summary>
    Task<RecapForBrief?> LastRecapAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Comprehension gaps of recent sessions that no later session closed.</summary>
    Task<IReadOnlyList<GapForBrief>> OpenGapsAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>How each student responds to explanations (for a substitute, who does not know them).</summary>
    Task<IReadOnlyList<ExplanationResponse>> ExplanationResponsesAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken);

    /// <summary>
    /// The recaps of the sessions a student may see that were approved (or published edited) after <paramref name="since"/>
    /// and no later than <paramref name="until"/>, oldest session first: for the parent digest, so never drafts.
    /// </summary>
    Task<IReadOnlyList<RecapForBrief>> ApprovedForStudentAsync(long studentId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}

/// <summary>Each student's risk level and why.</summary>
public interface IRiskBriefSource
{
    Task<IReadOnlyList<StudentRisk>> RisksAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken);
}

/// <summary>What the course's curriculum plan says comes next.</summary>
public interface ICurriculumBriefSource
{
    Task<IReadOnlyList<string>> NextTopicsAsync(long courseId, DateTimeOffset sessionStartsAt, CancellationToken cancellationToken);
}

/// <summary>A recap as a brief uses it.</summary>
/// <param name="WhereStopped">Where the session stopped (the last topic or the last exchange).</param>
public sealed record RecapForBrief(
    long SessionId,
    string SessionTitle,
    DateTimeOffset? SessionStartsAt,
    bool IsDraft,
    string Summary,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> ReviewQuestions,
    IReadOnlyList<MomentForBrief> Moments,
    string? WhereStopped);

/// <summary>A moment of a recording worth opening.</summary>
public sealed record MomentForBrief(long RecordingId, double Seconds, string Label);

/// <summary>A comprehension gap, with the moment that shows it when there is one.</summary>
public sealed record GapForBrief(string What, string Severity, MomentForBrief? Evidence);

public sealed record ExplanationResponse(long StudentId, string HowTheyRespond);

public sealed record StudentRisk(long StudentId, string Level, IReadOnlyList<string> Reasons);
