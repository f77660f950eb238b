using Addin.Core.Audit;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.Lti;
using Addin.Core.People;
using Addin.Core.Quality;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Core.Search;
using Addin.Core.Sessions;
using Addin.Core.Transcripts;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Persistence;

/// <summary>
/// Addin's database. The model is the same on every provider; each provider has its own derived context in
/// Addin.Data with its own migrations.
/// </summary>
public abstract class AddinDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Platform> Platforms => Set<Platform>();

    public DbSet<PlatformDeployment> PlatformDeployments => Set<PlatformDeployment>();

    public DbSet<ProviderSelection> ProviderSelections => Set<ProviderSelection>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<CourseCopy> CourseCopies => Set<CourseCopy>();

    public DbSet<CourseExternalId> CourseExternalIds => Set<CourseExternalId>();

    public DbSet<Teams.TeamCourseLink> TeamCourseLinks => Set<Teams.TeamCourseLink>();

    public DbSet<ToolKeyRecord> ToolKeys => Set<ToolKeyRecord>();

    public DbSet<MentorLink> MentorLinks => Set<MentorLink>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<SessionParticipant> SessionParticipants => Set<SessionParticipant>();

    public DbSet<Recording> Recordings => Set<Recording>();

    public DbSet<RecordingEvent> RecordingEvents => Set<RecordingEvent>();

    public DbSet<SourceCursor> SourceCursors => Set<SourceCursor>();

    public DbSet<TranscriptRecord> Transcripts => Set<TranscriptRecord>();

    public DbSet<TranscriptLine> TranscriptLines => Set<TranscriptLine>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UsedNonce> UsedNonces => Set<UsedNonce>();

    public DbSet<Alerts.Alert> Alerts => Set<Alerts.Alert>();

    public DbSet<StoredRecap> Recaps => Set<StoredRecap>();

    public DbSet<Highlights.HighlightClip> HighlightClips => Set<Highlights.HighlightClip>();

    public DbSet<RecapVersion> RecapVersions => Set<RecapVersion>();

    public DbSet<CurriculumPlan> CurriculumPlans => Set<CurriculumPlan>();

    public DbSet<CurriculumPlanTopic> CurriculumPlanTopics => Set<CurriculumPlanTopic>();

    public DbSet<AiConsent> AiConsents => Set<AiConsent>();
    public DbSet<Risk.StudentActivity> StudentActivities => Set<Risk.StudentActivity>();

    public DbSet<Risk.RiskAssessmentRecord> RiskAssessments => Set<Risk.RiskAssessmentRecord>();

    public DbSet<Risk.RiskIntervention> RiskInterventions => Set<Risk.RiskIntervention>();
    public DbSet<SessionSeries> SessionSeries => Set<SessionSeries>();

    public DbSet<Briefs.Brief> Briefs => Set<Briefs.Brief>();

    public DbSet<Briefs.DigestDelivery> DigestDeliveries => Set<Briefs.DigestDelivery>();

    public DbSet<Templates.TemplateOverride> TemplateOverrides => Set<Templates.TemplateOverride>();

    public DbSet<QualityFlag> QualityFlags => Set<QualityFlag>();

    public DbSet<QualityCheck> QualityChecks => Set<QualityCheck>();

    public DbSet<TopicCoverage> TopicCoverage => Set<TopicCoverage>();

    public DbSet<Retention.RetentionPolicy> RetentionPolicies => Set<Retention.RetentionPolicy>();
    public DbSet<Playback.PlaybackEvent> PlaybackEvents => Set<Playback.PlaybackEvent>();

    public DbSet<Playback.PlaybackProgress> PlaybackProgress => Set<Playback.PlaybackProgress>();

    public DbSet<Playback.PlayerPreference> PlayerPreferences => Set<Playback.PlayerPreference>();

    public DbSet<Reviews.ReviewSubmission> ReviewSubmissions => Set<Reviews.ReviewSubmission>();

    public DbSet<Uploads.ResumableUpload> ResumableUploads => Set<Uploads.ResumableUpload>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    /// <summary>
    /// The transcript lines that contain every part of the query (words stemmed), with the engine's relevance. The
    /// full-text index is the provider's own (see the TranscriptSearch migrations), so each provider writes this query.
    /// </summary>
    public abstract IQueryable<TranscriptMatch> MatchTranscriptLines(SearchQuery query);

    /// <summary>The stretch of each of the given lines around the words the query matched, each match between <paramref name="marks"/>.</summary>
    public abstract IQueryable<TranscriptSnippet> SnippetTranscriptLines(SearchQuery query, IReadOnlyCollection<long> lineIds, SnippetMarks marks);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AddinDbContext).Assembly);
    }
}
