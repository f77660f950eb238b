using Addin.Plugins.Teams.Graph;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;

namespace Addin.Plugins.Teams;

/// <summary>Finds Teams meeting recordings in Graph and describes them as <see cref="RecordingReference"/>s.</summary>
internal sealed class TeamsRecordings(MeetingArtifacts artifacts, TeamsSourceSettings settings, TimeProvider time, ILogger logger)
{
    /// <summary>A page of an organizer's recordings of linked meetings, with the links to go on from.</summary>
    public sealed record Page(IReadOnlyList<RecordingReference> Recordings, string? NextLink, string? DeltaLink);

    public string FirstLink(string organizer) => artifacts.FirstDeltaLink(organizer, time.GetUtcNow() - settings.Lookback);

    /// <summary>One page at <paramref name="link"/>; recordings of meetings no course is linked to are left out.</summary>
    public async Task<Page> ListAsync(string organizer, string link, SourceScope scope, CancellationToken cancellationToken)
    {
        var page = await artifacts.ListAsync(organizer, link, cancellationToken);
        var linked = page.Recordings.Where(r => RecordingMapper.CourseOf(r.MeetingId, scope) is not null).ToList();
        TeamsLog.Polled(logger, organizer, page.Recordings.Count, page.Recordings.Count - linked.Count);
        var references = new List<RecordingReference>();
        var meetings = new Dictionary<string, (OnlineMeeting?, IReadOnlyList<AttendanceRecord>)>(StringComparer.Ordinal);
        foreach (var recording in linked)
        {
            if (!meetings.TryGetValue(recording.MeetingId!, out var details))
            {
                details = await DetailsAsync(organizer, recording.MeetingId!, cancellationToken);
                meetings[recording.MeetingId!] = details;
            }

            if (RecordingMapper.Map(recording, organizer, details.Item1, details.Item2, scope) is { } reference)
            {
                references.Add(reference);
            }
        }

        return new Page(references, page.NextLink, page.DeltaLink);
    }

    /// <summary>Every recording of linked meetings in the lookback window, for each organizer (after Graph missed notifications).</summary>
    public async Task<IReadOnlyList<RecordingReference>> CatchUpAsync(SourceScope scope, CancellationToken cancellationToken)
    {
        var found = new List<RecordingReference>();
        foreach (string organizer in settings.OrganizerUserIds)
        {
            for (string? link = FirstLink(organizer); link is not null;)
            {
                var page = await ListAsync(organizer, link, scope, cancellationToken);
                found.AddRange(page.Recordings);
                link = page.NextLink;
            }
        }

        return found;
    }

    /// <summary>The recording a notification announced; null when its meeting id names no organizer.</summary>
    public async Task<RecordingReference?> ReadAsync(string meetingId, string recordingId, SourceScope scope, CancellationToken cancellationToken)
    {
        if (MeetingIds.OrganizerOf(meetingId) is not { } organizer)
        {
            return null;
        }

        var recording = await artifacts.GetRecordingAsync(organizer, meetingId, recordingId, cancellationToken);
        if (recording is null)
        {
            return null;
        }

        recording.MeetingId ??= meetingId;
        var (meeting, attendance) = RecordingMapper.CourseOf(meetingId, scope) is null ? (null, []) : await DetailsAsync(organizer, meetingId, cancellationToken);
        return RecordingMapper.Map(recording, organizer, meeting, attendance, scope);
    }

    /// <summary>The meeting (for its subject) and who attended it; read only for meetings of linked courses.</summary>
    private async Task<(OnlineMeeting?, IReadOnlyList<AttendanceRecord>)> DetailsAsync(string organizer, string meetingId, CancellationToken cancellationToken) =>
        (await artifacts.FindMeetingAsync(organizer, meetingId, cancellationToken), await artifacts.FindAttendanceAsync(organizer, meetingId, cancellationToken));
}
