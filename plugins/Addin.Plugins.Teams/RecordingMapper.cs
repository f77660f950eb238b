using System.Globalization;
using System.Text.Json;
using Addin.Sdk.Recordings;
using Microsoft.Graph.Models;

namespace Addin.Plugins.Teams;

/// <summary>Turns a Teams meeting recording (Graph's <c>callRecording</c>) into the reference Addin imports.</summary>
internal static class RecordingMapper
{
    public const string OrganizerProperty = "organizerId";
    public const string ContentCorrelationProperty = "contentCorrelationId";

    /// <summary>
    /// The meeting's attendance report, kept with the recording for participation: a JSON array of
    /// <c>{name, email, role, seconds}</c>, one per attendee.
    /// </summary>
    public const string AttendanceProperty = "attendance";

    /// <summary>The course of the scope linked to the meeting, or null.</summary>
    public static string? CourseOf(string? meetingId, SourceScope scope) => meetingId is null
        ? null
        : scope.Courses.FirstOrDefault(c => c.ExternalIds.TryGetValue(MeetingIds.MeetingIdKind, out var id) && id == meetingId)?.CourseKey;

    public static RecordingReference? Map(CallRecording recording, string organizer, OnlineMeeting? meeting, IReadOnlyList<AttendanceRecord> attendance, SourceScope scope)
    {
        if (recording.Id is not { Length: > 0 } id || recording.MeetingId is not { Length: > 0 } meetingId)
        {
            return null;
        }

        var start = recording.CreatedDateTime ?? meeting?.StartDateTime;
        var properties = new Dictionary<string, string> { [OrganizerProperty] = recording.MeetingOrganizer?.User?.Id ?? organizer };
        if (recording.ContentCorrelationId is { Length: > 0 } correlation)
        {
            properties[ContentCorrelationProperty] = correlation;
        }

        if (attendance.Count > 0)
        {
            properties[AttendanceProperty] = JsonSerializer.Serialize(attendance.Select(a => new
            {
                name = a.Identity?.DisplayName,
                email = a.EmailAddress,
                role = a.Role,
                seconds = a.TotalAttendanceInSeconds,
            }));
        }

        return new RecordingReference
        {
            ExternalId = id,
            CourseKey = CourseOf(meetingId, scope),
            MeetingId = meetingId,
            Title = meeting?.Subject is { Length: > 0 } subject ? subject.Trim() : string.Create(CultureInfo.InvariantCulture, $"Teams meeting of {start ?? DateTimeOffset.UnixEpoch:yyyy-MM-dd HH:mm} UTC"),
            StartedAt = start,
            EndedAt = recording.EndDateTime ?? meeting?.EndDateTime,
            FileName = string.Create(CultureInfo.InvariantCulture, $"teams-{start ?? DateTimeOffset.UnixEpoch:yyyyMMdd-HHmmss}.mp4"),
            ContentType = "video/mp4",
            Properties = properties,
        };
    }
}
