namespace Addin.Core.Audit;

/// <summary>The audited actions.</summary>
public static class AuditActions
{
    public const string Launch = "launch";
    public const string LaunchRefused = "launch.refused";
    public const string LoginRefused = "login.refused";
    public const string SessionRefused = "session.refused";
    public const string ViewPlugins = "plugins.view";
    public const string ViewPlatforms = "platforms.view";
    public const string ViewCourse = "course.view";
    public const string ViewRecording = "recording.view";
    public const string ReadTranscript = "transcript.read";
    public const string SearchTranscripts = "transcript.search";
    public const string StreamMedia = "media.stream";
    public const string RecordPlayback = "playback.record";
    public const string DownloadRecording = "recording.download";
    public const string Upload = "recording.upload";
    public const string CourseCopyDecision = "course.copy";
    public const string DeepLinkPick = "deeplink.pick";
    public const string PlatformRegistered = "platform.registered";
    public const string PlatformRegistrationRefused = "platform.registration.refused";
    public const string SourceWebhookRefused = "source.webhook.refused";
    public const string SourceRecordingRefused = "source.recording.refused";
    public const string CourseExternalIdSet = "course.external-id";
    public const string ViewPipelineHealth = "pipeline.view";
    public const string RetryRecording = "recording.retry";
    public const string ReadRecap = "recap.read";
    public const string ApproveRecap = "recap.approve";
    public const string RejectRecap = "recap.reject";
    public const string EditRecap = "recap.edit";
    public const string AiConsentSet = "ai-consent.set";
    public const string CurriculumPlanImport = "curriculum.import";
    public const string ViewBrief = "brief.view";
    public const string ScheduleSessions = "sessions.schedule";
    public const string ViewReviewQueue = "quality.view";
    public const string ResolveQualityFlag = "quality.resolve";
    public const string DismissQualityFlag = "quality.dismiss";
    public const string ViewCoverage = "coverage.view";
    public const string ViewAuditLog = "audit.view";
    public const string ExportAuditLog = "audit.export";
    public const string ExportStudent = "student.export";
    public const string EraseStudent = "student.erase";
}
