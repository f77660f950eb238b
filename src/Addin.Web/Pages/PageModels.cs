using Addin.Core.Recordings;

namespace Addin.Web.Pages;

/// <summary>Who is looking, as pages show it, and the session token their links carry.</summary>
public sealed record PageViewer(string Name, string RoleLabel, string Token, bool IsReviewer);

/// <summary>A recording in a list.</summary>
public sealed record RecordingSummary(
    long Id,
    string Title,
    DateTimeOffset? SessionAt,
    TimeSpan? Duration,
    PipelineStage Stage,
    RecordingStatus Status,
    int Progress,
    string? Error,
    string? PosterUrl,
    bool IsRestricted)
{
    /// <summary>Hidden from students and parents (only those who manage it see it, with a badge).</summary>
    public bool IsHidden { get; init; }

    /// <summary>The state the course page's Hide/Show form is made from.</summary>
    public int ControlVersion { get; init; }
}

/// <summary>The course page.</summary>
public sealed record CoursePageModel(
    PageViewer Viewer,
    long CourseId,
    string Title,
    string? Label,
    bool CanManage,
    string? WatchedFolder,
    long MaxUploadBytes,
    IReadOnlyList<RecordingSummary> Recordings,
    IReadOnlyList<RecordingSummary> ImportProblems,
    string? Notice)
{
    /// <summary>Earlier courses this one was copied from (teachers only), with what was decided.</summary>
    public IReadOnlyList<Addin.Core.Courses.CourseCopyView> EarlierCourses { get; init; } = [];

    /// <summary>Other courses the teacher teaches, whose class recordings can be brought into this one.</summary>
    public IReadOnlyList<CourseSummary> CoursesToBringFrom { get; init; } = [];

    /// <summary>The students' risk levels with reasons and trend (teachers only: students and parents never see them).</summary>
    public IReadOnlyList<Addin.Core.Risk.RiskRosterRow> Risk { get; init; } = [];

    /// <summary>True when <see cref="Risk"/> has the follow-ups due on top.</summary>
    public bool RiskFollowUpsFirst { get; init; }

    /// <summary>The day (UTC) the page was made: follow-ups up to it are due.</summary>
    public DateOnly Today { get; init; }

    /// <summary>When the roster last came from the LMS (teachers only); null when it never did.</summary>
    public RosterNote? Roster { get; init; }

    /// <summary>The search of the course's transcripts the page answers; null when nothing was searched.</summary>
    public CourseSearch? Search { get; init; }

    /// <summary>
    /// Whether the course opted in to automatic import, for its teachers when its platform asks courses to opt in; null when
    /// the platform imports every course's recordings (or the viewer does not manage the course).
    /// </summary>
    public bool? AutomaticImportOptIn { get; init; }

    /// <summary>Whether the platform's recording source takes uploads (a Zoom source does not).</summary>
    public bool AcceptsUploads { get; init; } = true;

    /// <summary>The course's sessions still to come.</summary>
    public IReadOnlyList<UpcomingSession> Upcoming { get; init; } = [];

    /// <summary>Who may be chosen as a substitute on the schedule form (teachers only).</summary>
    public IReadOnlyList<SubstituteChoice> Substitutes { get; init; } = [];

    /// <summary>The ids that map the platform's recordings to the course, with their values (teachers only).</summary>
    public IReadOnlyList<ExternalIdField> ExternalIds { get; init; } = [];

    /// <summary>Draft recaps awaiting the viewer's review (teachers and reviewers only).</summary>
    public IReadOnlyList<Addin.Core.Recaps.RecapAwaitingReview> RecapDrafts { get; init; } = [];

    /// <summary>AI processing consent for the course and its platform (teachers and reviewers only).</summary>
    public Addin.Core.Recaps.AiConsentState? AiConsent { get; init; }

    /// <summary>The course's curriculum plan, when it has one (teachers and reviewers only).</summary>
    public Addin.Core.Recaps.CurriculumPlanSummary? CurriculumPlan { get; init; }

    /// <summary>The course's vocabulary and caption languages (the course's own teachers only; null for everyone else).</summary>
    public CourseCaptionSettingsView? CaptionSettings { get; init; }
}

/// <summary>A course's vocabulary (terms, one a line) and the languages its captions are translated into (BCP 47 tags).</summary>
public sealed record CourseCaptionSettingsView(IReadOnlyList<string> Vocabulary, IReadOnlyList<string> Languages);

/// <summary>What was typed into the course page's search box, and what the search found.</summary>
public sealed record CourseSearch(string Input, Addin.Core.Search.TranscriptSearchResults Results);

/// <summary>The course's last roster sync: when (and how long ago, e.g. "5 minutes ago"), and how many people it has.</summary>
public sealed record RosterNote(DateTimeOffset SyncedAt, string Age, int People);

/// <summary>A course in the list of courses.</summary>
public sealed record CourseSummary(long Id, string Title, string? Label, int Recordings);

/// <summary>The page listing the viewer's courses.</summary>
public sealed record HomePageModel(PageViewer Viewer, IReadOnlyList<CourseSummary> Courses);

/// <summary>A transcript line as the player shows it.</summary>
public sealed record TranscriptLineView(int Index, double Start, double End, string? Speaker, string Text);

/// <summary>A pipeline event as a recording's page shows it.</summary>
public sealed record RecordingEventView(DateTimeOffset At, PipelineStage Stage, EventSeverity Severity, string Message);

/// <summary>The recording page: the player, the transcript and, for those who manage it, the pipeline.</summary>
public sealed record RecordingPageModel(
    PageViewer Viewer,
    long Id,
    long CourseId,
    string CourseTitle,
    string Title,
    DateTimeOffset? SessionAt,
    TimeSpan? Duration,
    PipelineStage Stage,
    RecordingStatus Status,
    int Progress,
    string? Error,
    bool CanManage,
    string? MediaUrl,
    string? MediaType,
    bool IsAudioOnly,
    string? PosterUrl,
    string? CaptionsUrl,
    IReadOnlyList<TranscriptLineView> Transcript,
    IReadOnlyList<RecordingEventView> Events,
    string? AudioOnlyUrl = null,
    string? ThumbnailsUrl = null,
    string? DownloadUrl = null)
{
    /// <summary>The recap as this viewer may see it (drafts for reviewers only), or null when there is none for them.</summary>
    public Addin.Core.Recaps.RecapForViewer? Recap { get; init; }

    /// <summary>The viewer's self-check on the recap's review questions, when they are a learner who may make one.</summary>
    public Addin.Core.Reviews.ReviewSelfCheck? SelfCheck { get; init; }

    /// <summary>The outcome of a form posted from the page (a recap decision).</summary>
    public string? Notice { get; init; }

    /// <summary>How the recording is kept and shown, for those who manage it; null for everyone else.</summary>
    public RecordingControlsView? Controls { get; init; }

    /// <summary>The viewer's player settings and where they stopped, and how much was watched (see <see cref="RecordingViewing"/>).</summary>
    public RecordingViewing Viewing { get; init; } = RecordingViewing.Unwatched;

    /// <summary>The language of <see cref="RecordingPageModel.CaptionsUrl"/> (the transcript's BCP 47 tag), or null when unknown.</summary>
    public string? CaptionsLanguage { get; init; }

    /// <summary>The captions translated into further languages, in the course's order.</summary>
    public IReadOnlyList<TranslatedCaptionsView> TranslatedCaptions { get; init; } = [];

    /// <summary>The highlight clip, when there is one and the viewer may see the published recap it was cut from.</summary>
    public HighlightsView? Highlights { get; init; }

    /// <summary>True when the page plays the highlights instead of the whole recording.</summary>
    public bool ShowHighlights { get; init; }

    /// <summary>The WebVTT chapters track of the recap the viewer may see, or null when there is none.</summary>
    public string? ChaptersUrl { get; init; }
}

/// <summary>A translated caption track the player offers: its language (a BCP 47 tag), its label and its signed URL.</summary>
public sealed record TranslatedCaptionsView(string Language, string Label, string Url);

/// <summary>A highlight clip as the page plays it, with the moments it holds.</summary>
/// <param name="ClipUrl">The clip (MP4).</param>
/// <param name="CaptionsUrl">Its captions on the clip's timeline, when the recording has a transcript.</param>
/// <param name="Duration">The clip's length.</param>
/// <param name="Moments">The recap's tagged moments the clip holds, in time order.</param>
public sealed record HighlightsView(string ClipUrl, string? CaptionsUrl, TimeSpan Duration, IReadOnlyList<HighlightMomentView> Moments);

/// <summary>A tagged moment in a highlight clip.</summary>
/// <param name="Kind">What kind of moment.</param>
/// <param name="Label">What happened.</param>
/// <param name="ClipAt">Where it is in the clip.</param>
/// <param name="At">Where it is in the whole recording.</param>
public sealed record HighlightMomentView(Addin.Sdk.Summaries.MomentKind Kind, string Label, TimeSpan ClipAt, TimeSpan At);

/// <summary>
/// The viewer's saved speed and captions, where they stopped (null when there is nothing to resume), their own share
/// watched, and each student's for those who manage the session (null for everyone else).
/// </summary>
public sealed record RecordingViewing(double Speed, bool CaptionsOn, double? ResumeAt, double OwnShare, IReadOnlyList<Addin.Core.Playback.StudentWatch>? Students)
{
    public static RecordingViewing Unwatched { get; } = new(1, true, null, 0, null);

    /// <summary>Where the page keeps the viewer's speed and captions in the browser: one key a person, as people may share a browser.</summary>
    public string StorageKey { get; init; } = "addin.player";

    /// <summary>The caption language the viewer chose last (a BCP 47 tag), or null for the recording's own.</summary>
    public string? CaptionLanguage { get; init; }
}

/// <summary>How a recording is kept and shown, and what the viewer may change about it.</summary>
public sealed record RecordingControlsView(
    int Version, bool Hidden, bool Keep, string? LegalHold, bool CanHold, DateTimeOffset? DeletedAt, string? DeletedReason, string? StorageTier);

/// <summary>Why an LTI launch was refused.</summary>
public sealed record LaunchErrorModel(string ErrorId, string Message);

/// <summary>A plain message page (not found, session expired, …).</summary>
public sealed record MessagePageModel(string Title, string Message, string? LinkText = null, string? LinkUrl = null);
