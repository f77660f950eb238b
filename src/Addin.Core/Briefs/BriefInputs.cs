namespace Addin.Core.Briefs;

/// <summary>
/// What recaps tell a brief: the last session's recap, the comprehension gaps still open, and how students respond to
/// explanations. Recaps are stored elsewhere; until that store is wired in, <see cref="NoRecapsYet"/> answers.
/// </summary>
public interface IRecapBriefSource
{
    /// <summary>The recap of the course's latest session before <paramref name="before"/>: the approved one, else the draft.</summary>
    Task<RecapForBrief?> LastRecapAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Comprehension gaps of recent sessions that no later session closed.</summary>
    Task<IReadOnlyList<GapForBrief>> OpenGapsAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>How each student responds to explanations (for a substitute, who does not know them).</summary>
    Task<IReadOnlyList<ExplanationResponse>> ExplanationResponsesAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken);

    /// <summary>The approved recaps of the sessions a student took part in since a time (for the parent digest; never drafts).</summary>
    Task<IReadOnlyList<RecapForBrief>> ApprovedForStudentAsync(long studentId, DateTimeOffset since, CancellationToken cancellationToken);
}

/// <summary>Each student's risk level and why. Risk scoring lives elsewhere; until it is wired in, <see cref="NoRiskData"/> answers.</summary>
public interface IRiskBriefSource
{
    Task<IReadOnlyList<StudentRisk>> RisksAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken);
}

/// <summary>What the course's curriculum plan says comes next; no plan is stored yet, so <see cref="NoCurriculumPlan"/> answers.</summary>
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

/// <summary>No recaps are stored in this build: every brief says so.</summary>
public sealed class NoRecapsYet : IRecapBriefSource
{
    public Task<RecapForBrief?> LastRecapAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult<RecapForBrief?>(null);

    public Task<IReadOnlyList<GapForBrief>> OpenGapsAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GapForBrief>>([]);

    public Task<IReadOnlyList<ExplanationResponse>> ExplanationResponsesAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ExplanationResponse>>([]);

    public Task<IReadOnlyList<RecapForBrief>> ApprovedForStudentAsync(long studentId, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecapForBrief>>([]);
}

/// <summary>No risk levels are computed in this build.</summary>
public sealed class NoRiskData : IRiskBriefSource
{
    public Task<IReadOnlyList<StudentRisk>> RisksAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StudentRisk>>([]);
}

/// <summary>No curriculum plan is stored in this build.</summary>
public sealed class NoCurriculumPlan : ICurriculumBriefSource
{
    public Task<IReadOnlyList<string>> NextTopicsAsync(long courseId, DateTimeOffset sessionStartsAt, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
