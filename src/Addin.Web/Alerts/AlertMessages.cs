using System.Globalization;
using Addin.Core.Recordings;
using Addin.Sdk.Notifications;

namespace Addin.Web.Alerts;

/// <summary>
/// The words of the alerts: plain text (notifiers encode it for HTML or cards). Reasons are the pipeline's own
/// messages, written for people; they never hold secrets, since they are shown on the recording's page too.
/// </summary>
internal static class AlertMessages
{
    public static Notification OperationsFailed(Recording recording, string reason, IReadOnlyList<string> recipients) => new()
    {
        Recipients = recipients,
        Subject = $"Addin: recording {Id(recording)} failed at {recording.Stage}",
        Text = $"The recording \"{recording.Title}\" (id {Id(recording)}) of the course \"{recording.Course!.Title}\" failed for good at the {recording.Stage} stage " +
               $"after {recording.Attempts} attempt(s).\n\nReason: {reason}\n\n" +
               "Fix the cause, then press Retry on the pipeline health page (reviewers open it from the course page).",
        IsAlert = true,
    };

    public static Notification InstructorsFailed(Recording recording, string reason, IReadOnlyList<string> recipients) => new()
    {
        Recipients = recipients,
        Subject = $"Your recording \"{recording.Title}\" could not be processed",
        Text = $"The recording \"{recording.Title}\" of your course \"{recording.Course!.Title}\" could not be made ready to watch.\n\n" +
               $"Why: {reason}\n\nThe people who run Addin have been told. If the file itself is the problem, upload a good copy from the course page.",
    };

    public static Notification InstructorsReady(Recording recording, IReadOnlyList<string> recipients) => new()
    {
        Recipients = recipients,
        Subject = $"Your recording \"{recording.Title}\" is ready",
        Text = $"The recording \"{recording.Title}\" of your course \"{recording.Course!.Title}\" is ready to watch" +
               (recording.Duration is { } duration ? $" ({duration:h\\:mm\\:ss})" : "") +
               ".\n\nOpen the course from your LMS to watch it or to hide it from students.",
    };

    public static Notification OperationsMissing(MissingRecording session, IReadOnlyList<string> recipients) => new()
    {
        Recipients = recipients,
        Subject = $"Addin: no recording of \"{session.Title}\" ({session.CourseTitle})",
        Text = $"The session \"{session.Title}\" (id {session.SessionId.ToString(CultureInfo.InvariantCulture)}) of the course \"{session.CourseTitle}\", " +
               $"scheduled {session.When}, ended and no recording of it has arrived.\n\nEvidence: {session.Evidence}\n\n" +
               "Check that the meeting was recorded and that its recording source is connected, or upload the recording from the course page. " +
               "A reviewer can dismiss the \"no recording\" flag on the quality review page if the session did not take place.",
        IsAlert = true,
    };

    public static Notification InstructorsMissing(MissingRecording session, IReadOnlyList<string> recipients) => new()
    {
        Recipients = recipients,
        Subject = $"No recording of your session \"{session.Title}\" has arrived",
        Text = $"Your session \"{session.Title}\" of the course \"{session.CourseTitle}\", scheduled {session.When}, ended and no recording of it has arrived.\n\n" +
               "If it was recorded, upload the file from the course page; if it did not take place, tell your reviewer. The people who run Addin have been told.",
    };

    /// <summary>Says only which session's recap awaits review and where: never a word of the recap or the transcript.</summary>
    public static Notification InstructorsRecapDrafted(DraftedRecap draft, Uri reviewPage, IReadOnlyList<string> recipients) => new()
    {
        Recipients = recipients,
        Subject = $"Recap to review: \"{draft.SessionTitle}\" ({draft.CourseTitle})",
        Text = $"A draft recap of your session \"{draft.SessionTitle}\" of the course \"{draft.CourseTitle}\", {draft.When}, awaits your review.\n\n" +
               $"Approve, edit or reject it: {reviewPage}\n\nStudents and parents see it only once you approve it.",
        Link = reviewPage,
    };

    private static string Id(Recording recording) => recording.Id.ToString(CultureInfo.InvariantCulture);
}
