using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Microsoft Graph's change notifications at /sources/{platform}/webhook, end to end: a new recording of the course's
/// Teams meeting becomes a Ready recording whose transcript is the Teams transcript, speakers kept; the validation
/// handshake is echoed; a wrong clientState imports nothing. On SQLite and PostgreSQL, with real ffmpeg.
/// </summary>
public sealed class TeamsWebhookTests(TeamsAppFixture teams) : IClassFixture<TeamsAppFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordingCreated_ForTheCoursesMeeting_BecomesAReadyRecordingWithTheTeamsTranscriptsSpeakers(DatabaseProvider provider)
    {
        var app = await LinkedAppAsync(provider);
        string recordingId = await RecordAsync(app);

        using var response = await PostAsync(app, Notification(TeamsAppFixture.ClientState, recordingId));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var import = Assert.Single((await response.Content.ReadFromJsonAsync<AnswerView>())!.Recordings);
        Assert.Equal((recordingId, "imported", null), (import.ExternalId, import.Outcome, import.Reason));
        var status = await app.WaitUntilDoneAsync(import.RecordingId!.Value);
        Assert.Equal(("Ready", (string?)null), (status.Status, status.Error));
        var recording = await app.RecordingAsync(import.RecordingId.Value);
        Assert.Equal(("teams", recordingId, "Algebra 1: factoring (Teams)"), (recording.SourceProviderId, recording.ExternalId, recording.Title));
        await PlayerAssert.PlaysAsync(app, recording.Id);
        Assert.Contains(teams.Graph.Requests, r => r.Path.Contains($"/onlineMeetings/{TeamsAppFixture.CourseMeetingId}/transcripts/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidationHandshake_IsEchoedAsPlainText()
    {
        var app = await teams.GetAsync();
        const string token = "Validation: Testing client application reachability for subscription Request-Id: 25a4ba9e-0f9b";
        using var request = new HttpRequestMessage(HttpMethod.Post, await TeamsAppFixture.WebhookPathAsync(app) + "?validationToken=" + Uri.EscapeDataString(token))
        {
            Content = new StringContent("", Encoding.UTF8, "text/plain"),
        };

        using var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(token, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WrongClientState_Is401_NothingIsImported_AndTheRefusalIsAudited(DatabaseProvider provider)
    {
        var app = await LinkedAppAsync(provider);
        string recordingId = await RecordAsync(app);
        int before = await app.QueryAsync(db => db.Recordings.CountAsync());

        using var response = await PostAsync(app, Notification("guessed-client-state", recordingId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("clientState", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Recordings.CountAsync()));
        Assert.DoesNotContain(teams.Graph.Requests, r => r.Path.Contains(recordingId, StringComparison.Ordinal));
        var audit = await app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.SourceWebhookRefused).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("teams: HTTP 401", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(TeamsAppFixture.ClientState, audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoursePage_ShortMeetingLink_IsNotSaved_AndSaysToPasteTheFullJoinLink()
    {
        var app = await teams.GetAsync();

        using var response = await TeamsAppFixture.LinkMeetingAsync(app, "https://teams.microsoft.com/meet/2345678901234?p=abcDEF");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string notice = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.Contains("Teams meeting not saved", notice, StringComparison.Ordinal);
        Assert.Contains("join link", notice, StringComparison.Ordinal);
    }

    private async Task<PipelineApp> LinkedAppAsync(DatabaseProvider provider)
    {
        var app = await teams.GetAsync(provider);
        using var response = await TeamsAppFixture.LinkMeetingAsync(app, TeamsAppFixture.JoinLink(TeamsAppFixture.Organizer, TeamsAppFixture.Thread));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Teams meeting saved", Uri.UnescapeDataString(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(TeamsAppFixture.CourseMeetingId, await app.QueryAsync(db => db.CourseExternalIds.Where(e => e.Kind == "teams-meeting").Select(e => e.Value).SingleAsync()));
        return app;
    }

    /// <summary>A recording of the course's meeting (a copy of the test clip) with the clip's transcript as Teams writes it.</summary>
    private async Task<string> RecordAsync(PipelineApp app)
    {
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "teams.mp4");
        var start = DateTimeOffset.Parse("2026-12-07T09:00:00Z", CultureInfo.InvariantCulture);
        return teams.Graph.AddRecording(TeamsAppFixture.Organizer, TeamsAppFixture.CourseMeetingId, "Algebra 1: factoring (Teams)", start, start.AddMinutes(50),
            await File.ReadAllBytesAsync(media), TeamsAppFixture.TeamsStyleVtt(app.Clips.Vtt));
    }

    private static async Task<HttpResponseMessage> PostAsync(PipelineApp app, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await app.Http.PostAsync(await TeamsAppFixture.WebhookPathAsync(app), content);
    }

    /// <summary>The docs' notification of a new recording, for the course's meeting and <paramref name="recordingId"/>.</summary>
    private static string Notification(string clientState, string recordingId)
    {
        var item = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("graph", "changenotification-recording-created.without-resourcedata.json")))!.AsObject();
        string resource = $"communications/onlineMeetings('{TeamsAppFixture.CourseMeetingId}')/recordings('{recordingId}')";
        item["clientState"] = clientState;
        item["resource"] = resource;
        item["resourceData"]!["id"] = recordingId;
        item["resourceData"]!["@odata.id"] = resource;
        return new JsonObject { ["value"] = new JsonArray(item) }.ToJsonString();
    }

    private sealed record AnswerView(IReadOnlyList<ImportView> Recordings);

    private sealed record ImportView(string ExternalId, string Outcome, long? RecordingId, string? Reason);
}
