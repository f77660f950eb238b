namespace Addin.Core.Briefs;

// What templates may read, and nothing else: flat records of text, never entities. Templates see them as `brief`
// (brief.liquid) and `digest` (parent-digest.liquid); the template engine is told these types and no others.

public sealed record BriefModel(
    string CourseTitle,
    string SessionTitle,
    string StartsAt,
    string? RecipientName,
    string? InstructorName,
    bool IsSubstitute,
    IReadOnlyList<BriefStudent> Students,
    bool HasRiskData,
    BriefRecap? LastRecap,
    IReadOnlyList<BriefGap> OpenGaps,
    IReadOnlyList<string> CurriculumNext,
    IReadOnlyList<string> WarmUpQuestions);

/// <param name="RiskLevel">Null when no risk data exists for the student.</param>
/// <param name="ExplanationResponse">How they respond to explanations (substitute briefs), when known.</param>
public sealed record BriefStudent(string Name, string? RiskLevel, IReadOnlyList<string> RiskReasons, string? ExplanationResponse);

public sealed record BriefRecap(string SessionTitle, string? SessionDate, bool IsDraft, string Summary, IReadOnlyList<string> Topics, string? WhereStopped, IReadOnlyList<BriefMoment> Moments);

/// <param name="Link">The player at that moment (<c>/app/recording/{id}#t=SECONDS</c>; the page adds the viewer's session).</param>
public sealed record BriefMoment(string Label, string At, string Link);

public sealed record BriefGap(string What, string Severity, BriefMoment? Evidence);

public sealed record DigestModel(string StudentName, string Period, IReadOnlyList<BriefRecap> Recaps);
