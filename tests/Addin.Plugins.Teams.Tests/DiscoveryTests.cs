using System.Text;
using Addin.Sdk.Recordings;
using Addin.Testing;

namespace Addin.Plugins.Teams.Tests;

/// <summary>
/// Polling an organizer's getAllRecordings delta through the Graph SDK against Graph on 127.0.0.1: next links followed,
/// the delta link kept as the cursor, recordings mapped to the linked course, media and transcripts downloaded.
/// </summary>
public sealed class DiscoveryTests : IDisposable
{
    private readonly TeamsHarness h = new();

    public void Dispose() => h.Dispose();

    [Fact]
    public async Task Discover_FollowsNextLinks_ReturnsTheLinkedMeetingsRecordings_WithOneToken()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 300);
        h.AddRecording(TeamsHarness.UnlinkedMeetingId, 200);
        h.AddRecording(TeamsHarness.LinkedMeetingId, 100);

        var (recordings, calls, _) = await h.DiscoverAllAsync(null);

        Assert.Equal(2, calls);
        Assert.Equal(2, recordings.Count);
        Assert.All(recordings, r => Assert.Equal((TeamsHarness.CourseKey, TeamsHarness.LinkedMeetingId, "Algebra: factoring"), (r.CourseKey, r.MeetingId, r.Title)));
        Assert.Equal(h.Time.GetUtcNow().AddMinutes(-300), recordings[0].StartedAt);
        Assert.Equal(h.Time.GetUtcNow().AddMinutes(-255), recordings[0].EndedAt);
        Assert.Equal(TeamsHarness.Organizer, recordings[0].Properties["organizerId"]);
        var lists = h.Graph.RequestsTo(FakeGraphMeetings.GraphPath($"users/{TeamsHarness.Organizer}/onlineMeetings/getAllRecordings("));
        Assert.Equal(2, lists.Count);
        Assert.Contains("startDateTime=2026-11-30T10:00:00Z", Uri.UnescapeDataString(lists[0].Url.AbsolutePath), StringComparison.Ordinal);
        Assert.Equal("?$skiptoken=2", Uri.UnescapeDataString(lists[1].Url.Query));
        Assert.All(lists, r => Assert.Equal("Bearer graph-token-1", r.Authorization));
        var token = Assert.Single(h.Graph.RequestsTo(FakeGraphMeetings.TokenPath));
        Assert.Equal(("client_credentials", "https://graph.microsoft.com/.default", FakeGraphMeetings.ClientSecret), (token.Form["grant_type"], token.Form["scope"], token.Form["client_secret"]));
    }

    [Fact]
    public async Task Discover_NextRound_UsesTheDeltaLink_AndFindsOnlyWhatIsNew_NotBeforeThePollInterval()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 300);
        var (first, _, cursor) = await h.DiscoverAllAsync(null);
        string added = h.AddRecording(TeamsHarness.LinkedMeetingId, 5);

        h.Time.Advance(TimeSpan.FromMinutes(14));
        var early = await h.Source.DiscoverAsync(h.Scope, cursor, CancellationToken.None);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var (next, _, _) = await h.DiscoverAllAsync(early.NextCursor);

        Assert.Single(first);
        Assert.Empty(early.Recordings);
        Assert.Equal(cursor, early.NextCursor);
        Assert.Equal(added, Assert.Single(next).ExternalId);
        Assert.Equal("?$deltatoken=1", Uri.UnescapeDataString(h.Graph.RequestsTo(FakeGraphMeetings.GraphPath($"users/{TeamsHarness.Organizer}/onlineMeetings/getAllRecordings("))[^1].Url.Query));
    }

    [Fact]
    public async Task Discover_DeltaLinkExpired_ListsTheLookbackWindowAgain()
    {
        string old = h.AddRecording(TeamsHarness.LinkedMeetingId, 300);
        var (_, _, cursor) = await h.DiscoverAllAsync(null);
        string added = h.AddRecording(TeamsHarness.LinkedMeetingId, 5);
        string listPath = FakeGraphMeetings.GraphPath($"users/{TeamsHarness.Organizer}/onlineMeetings/getAllRecordings(");
        h.Graph.FailNext(listPath, new LocalResponse(System.Net.HttpStatusCode.Gone, "application/json",
            """{"error":{"code":"syncStateNotFound","message":"The sync state generation is not found."}}"""));

        h.Time.Advance(TimeSpan.FromMinutes(15));
        var (recordings, _, _) = await h.DiscoverAllAsync(cursor);

        Assert.Equal([old, added], recordings.Select(r => r.ExternalId));
        var lists = h.Graph.RequestsTo(listPath);
        Assert.Equal("?$deltatoken=1", Uri.UnescapeDataString(lists[^2].Url.Query));
        Assert.Contains("startDateTime=2026-11-30T10:15:00Z", Uri.UnescapeDataString(lists[^1].Url.AbsolutePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenMedia_And_OpenTranscript_ReadTheRecordingsContent_AndItsVttWithSpeakers()
    {
        string vtt = File.ReadAllText(RepoPaths.Fixture("graph", "calltranscript-content.response.vtt"));
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60, vtt);
        var reference = Assert.Single((await h.DiscoverAllAsync(null)).Recordings);

        await using var media = await h.Source.OpenMediaAsync(reference, CancellationToken.None);
        using var copy = new MemoryStream();
        await media.Content.CopyToAsync(copy);
        var transcript = await h.Source.OpenTranscriptAsync(reference, CancellationToken.None);

        Assert.Equal("mp4 bytes of " + TeamsHarness.LinkedMeetingId[..16], Encoding.UTF8.GetString(copy.ToArray()));
        Assert.Equal("video/mp4", media.ContentType);
        Assert.NotNull(transcript);
        Assert.Equal(("vtt", vtt), (transcript.Format, transcript.Content));
        Assert.Contains("<v User Name>", transcript.Content, StringComparison.Ordinal);
        var download = h.Graph.RequestsTo(FakeGraphMeetings.GraphPath("users/")).Single(r => r.Path.EndsWith("/transcripts/MSMjMCMjcorr-1/content", StringComparison.Ordinal));
        Assert.Equal("text/vtt", download.Headers["Accept"]);
    }

    [Fact]
    public async Task Discover_KeepsTheMeetingsAttendanceReportWithTheRecording()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        h.Graph.AddAttendanceReport(TeamsHarness.LinkedMeetingId);

        var reference = Assert.Single((await h.DiscoverAllAsync(null)).Recordings);

        using var attendance = System.Text.Json.JsonDocument.Parse(reference.Properties["attendance"]);
        var attendee = Assert.Single(attendance.RootElement.EnumerateArray());
        Assert.Equal(("Frederick Cormier", "frederick.cormier@contoso.com", "Presenter", 1152),
            (attendee.GetProperty("name").GetString(), attendee.GetProperty("email").GetString(), attendee.GetProperty("role").GetString(), attendee.GetProperty("seconds").GetInt32()));
        Assert.Contains(h.Graph.Requests, r => r.Path.EndsWith("/attendanceReports/c9b6db1c-d5eb-427d-a5c0-20088d9b22d7", StringComparison.Ordinal) && r.Url.Query.Contains("attendanceRecords", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Discover_MeetingWithoutAttendanceReport_HasNoAttendance()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);

        var reference = Assert.Single((await h.DiscoverAllAsync(null)).Recordings);

        Assert.False(reference.Properties.ContainsKey("attendance"));
    }

    [Fact]
    public async Task OpenTranscript_MeetingWithoutTranscript_ReturnsNull()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60, vtt: null);
        var reference = Assert.Single((await h.DiscoverAllAsync(null)).Recordings);

        Assert.Null(await h.Source.OpenTranscriptAsync(reference, CancellationToken.None));
    }

    [Fact]
    public async Task Discover_UnreadableCursor_StartsAgainFromTheLookbackWindow()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);

        var (recordings, _, cursor) = await h.DiscoverAllAsync("not a cursor");

        Assert.Single(recordings);
        Assert.Contains("deltatoken", cursor, StringComparison.Ordinal);
    }
}
