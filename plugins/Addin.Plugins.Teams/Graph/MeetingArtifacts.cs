using System.Globalization;
using Microsoft.Graph.Models;

namespace Addin.Plugins.Teams.Graph;

/// <summary>The Graph calls for an organizer's meeting recordings, their meetings, media and transcripts.</summary>
internal sealed class MeetingArtifacts(TeamsGraph graph, TeamsSourceSettings settings)
{
    /// <summary>A page of recordings and where to go on: the next page, or the delta link for next time.</summary>
    public sealed record RecordingsPage(IReadOnlyList<CallRecording> Recordings, string? NextLink, string? DeltaLink);

    /// <summary>The delta query that lists an organizer's recordings created since <paramref name="since"/>.</summary>
    public string FirstDeltaLink(string organizer, DateTimeOffset since) => new Uri(settings.GraphBaseUrl, string.Create(CultureInfo.InvariantCulture,
        $"users/{Uri.EscapeDataString(organizer)}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{Uri.EscapeDataString(organizer)}',startDateTime={since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ})/delta")).AbsoluteUri;

    /// <summary>One page of <c>getAllRecordings</c>' delta at <paramref name="link"/> (a first query, a next link or a delta link).</summary>
    public async Task<RecordingsPage> ListAsync(string organizer, string link, CancellationToken cancellationToken)
    {
        var page = await TeamsGraph.CallAsync($"Listing the meeting recordings of organizer {organizer}", () =>
            graph.Client.Users[organizer].OnlineMeetings["-"].Recordings.Delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken));
        return new RecordingsPage(page?.Value ?? [], page?.OdataNextLink, page?.OdataDeltaLink);
    }

    public Task<CallRecording?> GetRecordingAsync(string organizer, string meetingId, string recordingId, CancellationToken cancellationToken) =>
        TeamsGraph.CallAsync($"Reading recording {recordingId} of meeting {meetingId}", () =>
            graph.Client.Users[organizer].OnlineMeetings[meetingId].Recordings[recordingId].GetAsync(cancellationToken: cancellationToken));

    /// <summary>The meeting (for its subject and times); null when Graph will not say, which only costs the title.</summary>
    public async Task<OnlineMeeting?> FindMeetingAsync(string organizer, string meetingId, CancellationToken cancellationToken)
    {
        try
        {
            return await TeamsGraph.CallAsync($"Reading meeting {meetingId}", () =>
                graph.Client.Users[organizer].OnlineMeetings[meetingId].GetAsync(cancellationToken: cancellationToken));
        }
        catch (TeamsApiException ex) when (ex.StatusCode is 403 or 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Who attended the meeting, from its latest attendance report; empty when there is none yet or the app may not read
    /// it (OnlineMeetingArtifact.Read.All), which only costs the attendance.
    /// </summary>
    public async Task<IReadOnlyList<AttendanceRecord>> FindAttendanceAsync(string organizer, string meetingId, CancellationToken cancellationToken)
    {
        try
        {
            var reports = await TeamsGraph.CallAsync($"Listing the attendance reports of meeting {meetingId}", () =>
                graph.Client.Users[organizer].OnlineMeetings[meetingId].AttendanceReports.GetAsync(cancellationToken: cancellationToken));
            if ((reports?.Value ?? []).OrderByDescending(r => r.MeetingEndDateTime).FirstOrDefault()?.Id is not { } reportId)
            {
                return [];
            }

            var report = await TeamsGraph.CallAsync($"Reading attendance report {reportId} of meeting {meetingId}", () =>
                graph.Client.Users[organizer].OnlineMeetings[meetingId].AttendanceReports[reportId].GetAsync(
                    rc => rc.QueryParameters.Expand = ["attendanceRecords"], cancellationToken));
            return report?.AttendanceRecords ?? [];
        }
        catch (TeamsApiException ex) when (ex.StatusCode is 403 or 404)
        {
            return [];
        }
    }

    public async Task<Stream> OpenRecordingAsync(string organizer, string meetingId, string recordingId, CancellationToken cancellationToken) =>
        await TeamsGraph.CallAsync($"Downloading recording {recordingId} of meeting {meetingId}", () =>
            graph.Client.Users[organizer].OnlineMeetings[meetingId].Recordings[recordingId].Content.GetAsync(cancellationToken: cancellationToken))
        ?? throw new TeamsApiException($"Graph answered the download of recording {recordingId} without content.");

    /// <summary>The transcript made in the same recorded part of the meeting (same content correlation id), or the only one.</summary>
    public async Task<CallTranscript?> FindTranscriptAsync(string organizer, string meetingId, string? contentCorrelationId, CancellationToken cancellationToken)
    {
        var list = await TeamsGraph.CallAsync($"Listing the transcripts of meeting {meetingId}", () =>
            graph.Client.Users[organizer].OnlineMeetings[meetingId].Transcripts.GetAsync(cancellationToken: cancellationToken));
        var transcripts = list?.Value ?? [];
        return transcripts.FirstOrDefault(t => contentCorrelationId is not null && t.ContentCorrelationId == contentCorrelationId)
               ?? (transcripts.Count == 1 ? transcripts[0] : null);
    }

    public async Task<string> ReadTranscriptAsync(string organizer, string meetingId, string transcriptId, int maxBytes, CancellationToken cancellationToken)
    {
        await using var content = await TeamsGraph.CallAsync($"Downloading transcript {transcriptId} of meeting {meetingId}", () =>
            graph.Client.Users[organizer].OnlineMeetings[meetingId].Transcripts[transcriptId].Content.GetAsync(
                rc => rc.Headers.Add("Accept", "text/vtt"), cancellationToken))
            ?? throw new TeamsApiException($"Graph answered the download of transcript {transcriptId} without content.");
        var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new TeamsApiException($"Transcript {transcriptId} of meeting {meetingId} is larger than {maxBytes / 1024 / 1024} MiB; it is not a meeting transcript.");
            }

            buffer.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
