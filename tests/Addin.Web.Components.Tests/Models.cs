using Addin.Core.Recordings;
using Addin.Web.Pages;

namespace Addin.Web.Components.Tests;

/// <summary>Real page models with sensible defaults; tests change what they are about with <c>with</c>.</summary>
internal static class Models
{
    public const string Token = "tok-ABC+/=";

    /// <summary>The token as links carry it in their query: escaped once.</summary>
    public static readonly string EscapedToken = Uri.EscapeDataString(Token);

    public static readonly DateTimeOffset SessionAt = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static PageViewer Instructor { get; } = new("Ana Rivera", "Instructor", Token, IsReviewer: false);

    public static PageViewer Student { get; } = new("Alex Kim", "Student", Token, IsReviewer: false);

    public static RecordingSummary Summary(long id = 7, string title = "Factoring quadratics", RecordingStatus status = RecordingStatus.Ready) =>
        new(id, title, SessionAt, TimeSpan.FromSeconds(83), status == RecordingStatus.Ready ? PipelineStage.Ready : PipelineStage.Probe, status,
            status == RecordingStatus.Ready ? 100 : 40, null, PosterUrl: null, IsRestricted: false);

    public static CoursePageModel Course(bool canManage, params RecordingSummary[] recordings) =>
        new(canManage ? Instructor : Student, 3, "Algebra 1", "ALG-101", canManage, canManage ? "/data/inbox/alg-101" : null, 2L * 1024 * 1024 * 1024,
            recordings, [], Notice: null);

    public static IReadOnlyList<TranscriptLineView> Lines { get; } =
    [
        new(0, 0.4, 3.25, "Ana Rivera", "Good morning everyone."),
        new(1, 3.5, 9.125, "Ana Rivera", "Take x squared plus five x plus six."),
        new(2, 9.5, 11, "Sam Lee", "Two and three?"),
    ];

    public static RecordingPageModel Recording(bool canManage = false) => new(
        canManage ? Instructor : Student,
        Id: 7,
        CourseId: 3,
        CourseTitle: "Algebra 1",
        Title: "Factoring quadratics",
        SessionAt: SessionAt,
        Duration: TimeSpan.FromSeconds(83),
        Stage: PipelineStage.Ready,
        Status: RecordingStatus.Ready,
        Progress: 100,
        Error: null,
        CanManage: canManage,
        MediaUrl: "/media/v1/signed-original",
        MediaType: "video/mp4",
        IsAudioOnly: false,
        PosterUrl: "/media/v1/signed-poster",
        CaptionsUrl: "/media/v1/signed-captions",
        Transcript: Lines,
        Events:
        [
            new(SessionAt.AddMinutes(1), PipelineStage.Store, EventSeverity.Info, "Stored 1.2 MB"),
            new(SessionAt.AddMinutes(2), PipelineStage.Transcript, EventSeverity.Warning, "Cue 4 was empty and was skipped"),
        ]);
}
