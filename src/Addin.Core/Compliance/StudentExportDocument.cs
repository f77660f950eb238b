using Addin.Core.Audit;

namespace Addin.Core.Compliance;

/// <summary>Everything Addin holds about one student, as written by <c>./addin student export</c>.</summary>
public sealed record StudentExportDocument(
    string Institution,
    string LmsId,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ExportedProfile> Profiles,
    IReadOnlyList<ExportedEnrollment> Enrollments,
    IReadOnlyList<ExportedMentorLink> MentorLinks,
    IReadOnlyList<ExportedSession> Sessions,
    IReadOnlyList<ExportedTranscriptLine> SpokenLines,
    IReadOnlyList<ExportedRecap> RecapsMentioningThem,
    IReadOnlyList<ExportedBrief> BriefsMentioningThem,
    IReadOnlyList<ExportedActivity> Activity,
    IReadOnlyList<ExportedRiskAssessment> RiskHistory,
    IReadOnlyList<ExportedViewing> Viewing,
    IReadOnlyList<ExportedAuditEntry> AuditEntries)
{
    /// <summary>What their teachers did about their risk: acknowledgements, notes, follow-ups.</summary>
    public IReadOnlyList<ExportedRiskIntervention> RiskInterventions { get; init; } = [];

    public IReadOnlyList<ExportedReviewSelfCheck> ReviewSelfChecks { get; init; } = [];
}

public sealed record ExportedProfile(string Platform, string LmsId, string? Name, string? Email, bool IsReviewer, DateTimeOffset? LastLaunchAt);

public sealed record ExportedEnrollment(string Course, string Title, string Roles, DateTimeOffset UpdatedAt);

public sealed record ExportedMentorLink(string Relation, string OtherPerson);

public sealed record ExportedSession(long Id, string Course, string Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, IReadOnlyList<long> RecordingIds);

public sealed record ExportedTranscriptLine(long RecordingId, long StartMs, long EndMs, string? Speaker, string Text);

public sealed record ExportedRecap(long RecordingId, int Version, string Status, string RecapJson);

public sealed record ExportedBrief(long SessionId, DateTimeOffset GeneratedAt, string Html);

public sealed record ExportedActivity(string Course, DateOnly Date, string Kind, double Value);

public sealed record ExportedRiskAssessment(string Course, DateOnly WeekStart, string Level, double Score, string ModelId, string FactorsJson, DateTimeOffset AssessedAt, DateTimeOffset? AlertedAt);

public sealed record ExportedRiskIntervention(string Course, string Kind, string? Note, DateOnly? FollowUpOn, DateTimeOffset At, string By);
/// <summary>How much of a recording they watched: the parts (<c>"0-12.5;30-45"</c> seconds), their total and where they stopped.</summary>
public sealed record ExportedReviewSelfCheck(long RecordingId, int Known, int Total, DateTimeOffset SubmittedAt, DateTimeOffset? SentToGradebookAt);

public sealed record ExportedViewing(long RecordingId, string Watched, double WatchedSeconds, double LastPosition, DateTimeOffset UpdatedAt);

public sealed record ExportedAuditEntry(
    DateTimeOffset At, string Role, string Action, string TargetType, string? TargetId, bool Allowed, AuditChannel? Channel, string? RemoteAddress, string? UserAgent, string? Detail);
