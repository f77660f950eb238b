using System.Text.Json.Nodes;
using Addin.Testing;

namespace Addin.Plugins.Teams.Tests;

/// <summary>Graph's requests to the webhook URL: the validation handshake, clientState, recording notifications, lifecycle events.</summary>
public sealed class WebhookTests : IDisposable
{
    private readonly TeamsHarness h = new();

    public void Dispose() => h.Dispose();

    [Fact]
    public async Task ValidationToken_IsEchoedAsPlainText()
    {
        const string token = "Validation: Testing client application reachability for subscription Request-Id: 7a62d59e-a789";

        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post("", new Dictionary<string, string> { ["validationToken"] = token }), h.Scope, CancellationToken.None);

        Assert.Equal((200, "text/plain", token, null), (result.StatusCode, result.ContentType, result.Body, result.RefusalReason));
        Assert.Empty(h.Graph.Requests);
    }

    [Theory]
    [InlineData("changenotification-recording-created.without-resourcedata.json")]
    [InlineData("changenotification-recording-created.with-resourcedata.json")]
    public async Task RecordingCreated_RightClientState_AnnouncesTheRecordingOfTheLinkedCourse(string fixture)
    {
        string id = h.AddRecording(TeamsHarness.LinkedMeetingId, 60);

        var result = await h.Source.HandleWebhookAsync(
            TeamsHarness.Post(TeamsHarness.Notification(fixture, TeamsHarness.ClientState, TeamsHarness.LinkedMeetingId, id)), h.Scope, CancellationToken.None);

        Assert.Equal(202, result.StatusCode);
        Assert.Null(result.RefusalReason);
        var recording = Assert.Single(result.Recordings);
        Assert.Equal((id, TeamsHarness.CourseKey, "Algebra: factoring"), (recording.ExternalId, recording.CourseKey, recording.Title));
    }

    [Fact]
    public async Task RecordingCreated_UnlinkedMeeting_IsAnnouncedWithoutACourse_SoTheHostRefusesItWithTheReason()
    {
        string id = h.AddRecording(TeamsHarness.UnlinkedMeetingId, 60);

        var result = await h.Source.HandleWebhookAsync(
            TeamsHarness.Post(TeamsHarness.Notification("changenotification-recording-created.without-resourcedata.json", TeamsHarness.ClientState, TeamsHarness.UnlinkedMeetingId, id)),
            h.Scope, CancellationToken.None);

        var recording = Assert.Single(result.Recordings);
        Assert.Null(recording.CourseKey);
        Assert.Equal(TeamsHarness.UnlinkedMeetingId, recording.MeetingId);
    }

    [Theory]
    [InlineData("not-the-client-state")]
    [InlineData("")]
    [InlineData(null)]
    public async Task WrongClientState_IsRefused_AndNothingIsReadOrImported(string? clientState)
    {
        string id = h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        var body = JsonNode.Parse(TeamsHarness.Notification("changenotification-recording-created.without-resourcedata.json", "x", TeamsHarness.LinkedMeetingId, id))!;
        body["value"]![0]!["clientState"] = clientState;

        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post(body.ToJsonString()), h.Scope, CancellationToken.None);

        Assert.Equal(401, result.StatusCode);
        Assert.Empty(result.Recordings);
        Assert.Contains("clientState", result.RefusalReason, StringComparison.Ordinal);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task OneWrongClientStateInABatch_RefusesTheWholeBatch()
    {
        string id = h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        var body = JsonNode.Parse(TeamsHarness.Notification("changenotification-recording-created.without-resourcedata.json", TeamsHarness.ClientState, TeamsHarness.LinkedMeetingId, id))!;
        var forged = body["value"]![0]!.DeepClone();
        forged["clientState"] = "forged";
        body["value"]!.AsArray().Add(forged);

        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post(body.ToJsonString()), h.Scope, CancellationToken.None);

        Assert.Equal(401, result.StatusCode);
        Assert.Empty(result.Recordings);
    }

    [Theory]
    [InlineData("{not json", "not the JSON of Graph notifications")]
    [InlineData("{}", "no notifications")]
    [InlineData("""{"value":[]}""", "no notifications")]
    public async Task MalformedBody_IsRefusedWithTheReason(string body, string reason)
    {
        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post(body), h.Scope, CancellationToken.None);

        Assert.Equal(400, result.StatusCode);
        Assert.Contains(reason, result.RefusalReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscriptCreated_IsAcknowledged_WithoutAnnouncingARecording()
    {
        var body = File.ReadAllText(RepoPaths.Fixture("graph", "changenotification-transcript-created.with-resourcedata.json"))
            .Replace("<<--SpecifiedClientState-->>", TeamsHarness.ClientState, StringComparison.Ordinal);

        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post(body), h.Scope, CancellationToken.None);

        Assert.Equal(202, result.StatusCode);
        Assert.Empty(result.Recordings);
    }

    [Fact]
    public async Task ReauthorizationRequired_RenewsThatSubscription()
    {
        await h.DiscoverAllAsync(null);
        var subscription = Assert.Single(h.Graph.Subscriptions);
        string id = subscription["id"]!.GetValue<string>();
        h.Time.Advance(TimeSpan.FromHours(3));

        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post(TeamsHarness.Lifecycle("reauthorizationRequired", id)), h.Scope, CancellationToken.None);

        Assert.Equal(202, result.StatusCode);
        var renewal = Assert.Single(h.Graph.Requests, r => r.Method == "PATCH");
        Assert.Equal(FakeGraphMeetings.GraphPath("subscriptions/" + id), renewal.Path);
        Assert.Equal(h.Time.GetUtcNow().AddDays(2), DateTimeOffset.Parse(renewal.JsonBody!["expirationDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task SubscriptionRemoved_CreatesItAgain()
    {
        await h.DiscoverAllAsync(null);
        string removed = Assert.Single(h.Graph.Subscriptions)["id"]!.GetValue<string>();
        h.Graph.RemoveSubscription(removed);

        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post(TeamsHarness.Lifecycle("subscriptionRemoved", removed)), h.Scope, CancellationToken.None);

        Assert.Equal(202, result.StatusCode);
        var again = Assert.Single(h.Graph.Subscriptions);
        Assert.NotEqual(removed, again["id"]!.GetValue<string>());
        Assert.Equal(($"users/{TeamsHarness.Organizer}/onlineMeetings/getAllRecordings", TeamsHarness.NotificationUrl),
            (again["resource"]!.GetValue<string>(), again["notificationUrl"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Missed_ListsTheLookbackWindow_AndAnnouncesTheLinkedRecordings()
    {
        string id = h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        h.AddRecording(TeamsHarness.UnlinkedMeetingId, 30);

        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post(TeamsHarness.Lifecycle("missed", "7a62d59e")), h.Scope, CancellationToken.None);

        Assert.Equal(202, result.StatusCode);
        Assert.Equal(id, Assert.Single(result.Recordings).ExternalId);
    }

    [Fact]
    public async Task Lifecycle_WrongClientState_IsRefused_AndNothingIsRenewed()
    {
        var result = await h.Source.HandleWebhookAsync(TeamsHarness.Post(TeamsHarness.Lifecycle("subscriptionRemoved", "x", "forged")), h.Scope, CancellationToken.None);

        Assert.Equal(401, result.StatusCode);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task GraphDown_WhileReadingTheRecording_AnswersServiceUnavailable_SoGraphSendsItAgain()
    {
        string id = h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        h.Graph.FailNext(FakeGraphMeetings.GraphPath("users/"), FakeGraphMeetings.TooManyRequests("3600"));

        var result = await h.Source.HandleWebhookAsync(
            TeamsHarness.Post(TeamsHarness.Notification("changenotification-recording-created.without-resourcedata.json", TeamsHarness.ClientState, TeamsHarness.LinkedMeetingId, id)),
            h.Scope, CancellationToken.None);

        Assert.Equal(503, result.StatusCode);
        Assert.Contains("HTTP 429", result.RefusalReason, StringComparison.Ordinal);
        Assert.Empty(result.Recordings);
    }
}
