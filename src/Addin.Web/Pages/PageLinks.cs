using System.Globalization;
using Addin.Web.Sessions;

namespace Addin.Web.Pages;

/// <summary>Links between pages. Each carries the page session token, because the LMS iframe has no cookies.</summary>
public static class PageLinks
{
    public static string Home(string token) => $"/app?{Session(token)}";

    /// <summary>The institution's audit log, searched with <paramref name="query"/> (already encoded, starting with <c>&amp;</c> or empty).</summary>
    public static string AuditLog(string token, string query = "") => $"/app/admin/audit?{Session(token)}{query}";

    public static string AuditLogCsv(string token, string query = "") => $"/app/admin/audit.csv?{Session(token)}{query}";

    /// <summary>The reviewers' page that erases a student's data (the form posts here too).</summary>
    public static string StudentErasure(string token) => $"/app/admin/erase?{Session(token)}";

    public static string Course(long courseId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}?{Session(token)}");

    /// <summary>The course page with a notice at its top (the outcome of a form).</summary>
    public static string Course(long courseId, string token, string notice) => $"{Course(courseId, token)}&notice={Uri.EscapeDataString(notice)}";

    /// <summary>The course page with its risk roster's follow-ups due on top.</summary>
    public static string CourseFollowUpsFirst(long courseId, string token) => $"{Course(courseId, token)}&{RiskRosterEndpoints.OrderParameter}={RiskRosterEndpoints.FollowUpsFirst}#risk-heading";

    /// <summary>Where a roster action (<c>acknowledge</c>, <c>note</c>, <c>follow-up</c>) about a student is posted.</summary>
    public static string RiskAction(long courseId, long studentId, string action, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/risk/{studentId}/{action}?{Session(token)}");

    public static string CourseExternalId(long courseId, string kind, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/external-ids/{Uri.EscapeDataString(kind)}?{Session(token)}");

    public static string Recording(long recordingId, string token, double? at = null) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/recording/{recordingId}?{Session(token)}") +
        (at is { } seconds ? string.Create(CultureInfo.InvariantCulture, $"#t={seconds:0.###}") : "");

    /// <summary>The <c>view</c> of the recording page that plays the highlight clip.</summary>
    public const string HighlightsView = "highlights";

    /// <summary>The recording page playing its highlight clip.</summary>
    public static string Highlights(long recordingId, string token) => $"{Recording(recordingId, token)}&view={HighlightsView}";

    /// <summary>Where the player posts its playback events (the session in the query, as <c>sendBeacon</c> sends no header).</summary>
    public static string Playback(long recordingId, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/recordings/{recordingId}/playback?{Session(token)}");

    /// <summary>The recording page with a notice at its top (the outcome of a recap decision).</summary>
    public static string Recording(long recordingId, string token, string notice) => $"{Recording(recordingId, token)}&notice={Uri.EscapeDataString(notice)}";

    /// <summary>Where a learner's self-check on the review questions is posted.</summary>
    public static string ReviewSelfCheck(long recordingId, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/recording/{recordingId}/review?{Session(token)}");

    /// <summary>Where a recap decision (<c>approve</c>, <c>reject</c>, <c>edit</c>) is posted.</summary>
    public static string RecapDecision(long recordingId, string decision, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/recording/{recordingId}/recap/{decision}?{Session(token)}");

    /// <summary>Where a change to how a recording is kept or shown (<c>hide</c>, <c>show</c>, <c>keep</c>, <c>unkeep</c>, <c>hold</c>, <c>release</c>, <c>delete</c>) is posted.</summary>
    public static string RecordingControl(long recordingId, string control, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/recording/{recordingId}/control/{control}?{Session(token)}");

    /// <summary>The institution's retention policies.</summary>
    public static string Retention(string token) => $"/app/admin/retention?{Session(token)}";

    public static string AiConsent(long courseId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/ai-consent?{Session(token)}");

    public static string Vocabulary(long courseId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/vocabulary?{Session(token)}");

    public static string CaptionLanguages(long courseId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/caption-languages?{Session(token)}");

    public static string CurriculumPlan(long courseId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/curriculum?{Session(token)}");
    /// <summary>A session's brief; deep-linkable (the LMS session is still needed to open it).</summary>
    public static string Brief(long sessionId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/sessions/{sessionId}/brief?{Session(token)}");

    public static string ScheduleSessions(long courseId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/sessions?{Session(token)}");

    public static string Upload(long courseId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/upload?{Session(token)}");

    /// <summary>Where the page's script starts a resumable upload (tus); the session goes in the Authorization header.</summary>
    public static string ResumableUpload(long courseId) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/upload/resumable");

    public static string CourseCopyDecision(long courseId, long copyId, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/copies/{copyId}?{Session(token)}");

    public static string BringFromCourse(long courseId, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/copies?{Session(token)}");

    /// <summary>The deep linking content picker, with the pending selection it answers when given.</summary>
    public static string DeepLinkPicker(string token, string? pick = null) =>
        $"{Lti.ToolUrls.DeepLinkingTargetPath}?{Session(token)}" + (pick is null ? "" : $"&{DeepLinkEndpoints.PickField}={Uri.EscapeDataString(pick)}");

    public static string Plugins(string token) => $"/app/admin/plugins?{Session(token)}";

    public static string PipelineHealth(string token) => $"/app/admin/pipeline?{Session(token)}";

    /// <summary>The pipeline health page with a notice at its top (the outcome of a Retry).</summary>
    public static string PipelineHealth(string token, string notice) => $"{PipelineHealth(token)}&notice={Uri.EscapeDataString(notice)}";

    public static string RetryRecording(long recordingId, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/admin/pipeline/retry/{recordingId}?{Session(token)}");

    /// <summary>Where "Import it" is posted for a recording held because its course had not opted in to automatic import.</summary>
    public static string ImportHeldRecording(long recordingId, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/recording/{recordingId}/import?{Session(token)}");

    public static string CourseAutomaticImport(long courseId, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/automatic-import?{Session(token)}");

    public static string PlatformAutomaticImport(string platformKey, string token) =>
        $"/app/platforms/{Uri.EscapeDataString(platformKey)}/automatic-import?{Session(token)}";

    public static string ReviewQueue(string token) => $"/app/admin/quality?{Session(token)}";

    /// <summary>The review queue with a notice at its top (the outcome of a decision).</summary>
    public static string ReviewQueue(string token, string notice) => $"{ReviewQueue(token)}&notice={Uri.EscapeDataString(notice)}";

    /// <summary>Where a decision on a flag (<c>resolve</c>, <c>dismiss</c>) is posted.</summary>
    public static string FlagDecision(long flagId, string decision, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/admin/quality/flags/{flagId}/{decision}?{Session(token)}");

    public static string Coverage(long courseId, string token) => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/coverage?{Session(token)}");

    public static string Platforms(string token) => $"/app/platforms?{Session(token)}";

    public static string RecordingStatusApi(long recordingId) => string.Create(CultureInfo.InvariantCulture, $"/api/recordings/{recordingId}/status");

    private static string Session(string token) => $"{ViewerResolver.QueryName}={Uri.EscapeDataString(token)}";
}
