using System.Globalization;
using Addin.Sdk.Recordings;

namespace Addin.Plugins.Zoom;

/// <summary>
/// Turns a recorded meeting into the recordings Addin imports: one per recorded segment, its MP4 (the view that shows
/// the most, see <see cref="ViewPreference"/>) with the segment's VTT transcript. Other files (audio only, chat,
/// timeline) are left out.
/// </summary>
internal static class RecordingMapper
{
    /// <summary>The external id kind a course's Zoom meeting id is kept under.</summary>
    public const string MeetingIdKind = "zoom-meeting";

    public const string DownloadUrlProperty = "downloadUrl";
    public const string TranscriptUrlProperty = "transcriptUrl";
    public const string DownloadTokenProperty = "downloadToken";

    private static readonly string[] ViewPreference =
    [
        "shared_screen_with_speaker_view", "shared_screen_with_speaker_view(cc)", "shared_screen_with_gallery_view",
        "speaker_view", "gallery_view", "shared_screen", "active_speaker",
    ];

    public static IReadOnlyList<RecordingReference> Map(ZoomMeeting meeting, string? downloadToken, SourceScope scope)
    {
        var files = meeting.RecordingFiles ?? [];
        string meetingId = meeting.Id.ToString(CultureInfo.InvariantCulture);
        string? courseKey = CourseOf(meetingId, scope);
        var transcripts = files.Where(f => IsCompleted(f) && Is(f.FileType, "TRANSCRIPT") && f.DownloadUrl is not null).ToList();
        var segments = files.Where(f => IsCompleted(f) && Is(f.FileType, "MP4") && f.Id is not null && f.DownloadUrl is not null)
            .GroupBy(f => f.RecordingStart)
            .Select(g => g.OrderBy(f => Rank(f.RecordingType)).First())
            .OrderBy(f => f.RecordingStart)
            .ToList();

        return segments.Select(video =>
        {
            var transcript = transcripts.FirstOrDefault(t => t.RecordingStart == video.RecordingStart)
                             ?? (segments.Count == 1 && transcripts.Count == 1 ? transcripts[0] : null);
            var properties = new Dictionary<string, string> { [DownloadUrlProperty] = video.DownloadUrl! };
            if (transcript is not null)
            {
                properties[TranscriptUrlProperty] = transcript.DownloadUrl!;
            }

            if (!string.IsNullOrEmpty(downloadToken))
            {
                properties[DownloadTokenProperty] = downloadToken;
            }

            var start = video.RecordingStart ?? meeting.StartTime;
            return new RecordingReference
            {
                ExternalId = video.Id!,
                CourseKey = courseKey,
                MeetingId = meetingId,
                Title = string.IsNullOrWhiteSpace(meeting.Topic) ? $"Zoom meeting {meetingId}" : meeting.Topic.Trim(),
                StartedAt = start,
                EndedAt = video.RecordingEnd,
                FileName = string.Create(CultureInfo.InvariantCulture, $"zoom-{meetingId}-{start ?? DateTimeOffset.UnixEpoch:yyyyMMdd-HHmmss}.mp4"),
                ContentType = "video/mp4",
                Length = video.FileSize,
                HasTranscript = transcript is not null,
                Properties = properties,
            };
        }).ToList();
    }

    /// <summary>True when a course of the scope is linked to the meeting.</summary>
    public static bool IsLinked(ZoomMeeting meeting, SourceScope scope) => CourseOf(meeting.Id.ToString(CultureInfo.InvariantCulture), scope) is not null;

    private static string? CourseOf(string meetingId, SourceScope scope) =>
        scope.Courses.FirstOrDefault(c => c.ExternalIds.TryGetValue(MeetingIdKind, out var id) && id == meetingId)?.CourseKey;

    // A file without a status is taken as complete: the webhook only fires once files are ready.
    private static bool IsCompleted(ZoomRecordingFile file) => file.Status is null || Is(file.Status, "completed");

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private static int Rank(string? recordingType)
    {
        int index = Array.FindIndex(ViewPreference, v => Is(recordingType, v));
        return index < 0 ? ViewPreference.Length : index;
    }
}
