using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Addin.Plugins.Zoom.Api;
using Addin.Sdk.Recordings;
using Addin.Testing;

namespace Addin.Plugins.Zoom.Tests;

/// <summary>Zoom's webhook requests: the URL validation handshake, recording.completed, and every way a request is refused.</summary>
public sealed class WebhookTests : IDisposable
{
    private static readonly DateTimeOffset MeetingStart = DateTimeOffset.Parse("2026-12-07T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private readonly ZoomHarness h = new(withOAuthApp: false);

    public void Dispose() => h.Dispose();

    [Fact]
    public async Task UrlValidation_Signed_AnswersPlainTokenAndItsHmacInHex()
    {
        var result = await HandleAsync(h.Signed(ZoomPayloads.UrlValidation("qgg8vlvZRS6UYooatFL8Aw", h.Time.GetUtcNow())));

        Assert.Equal((200, "application/json", null), (result.StatusCode, result.ContentType, result.RefusalReason));
        using var answer = JsonDocument.Parse(result.Body);
        string expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ZoomHarness.SecretToken), Encoding.UTF8.GetBytes("qgg8vlvZRS6UYooatFL8Aw")));
        Assert.Equal("qgg8vlvZRS6UYooatFL8Aw", answer.RootElement.GetProperty("plainToken").GetString());
        Assert.Equal(expected, answer.RootElement.GetProperty("encryptedToken").GetString());
        Assert.Empty(result.Recordings);
    }

    [Fact]
    public async Task RecordingCompleted_Signed_AnnouncesTheSpeakerViewMp4WithItsTranscript_ForTheLinkedCourse()
    {
        var meeting = h.ServedMeeting(ZoomHarness.LinkedMeetingId, "Algebra 1: factoring", MeetingStart, [1, 2, 3], "WEBVTT\n");

        var result = await HandleAsync(h.Signed(ZoomPayloads.RecordingCompleted(meeting, h.Time.GetUtcNow())));

        Assert.Equal((200, null), (result.StatusCode, result.RefusalReason));
        var recording = Assert.Single(result.Recordings);
        string prefix = $"file-{ZoomHarness.LinkedMeetingId}-{MeetingStart.ToUnixTimeSeconds()}";
        Assert.Equal($"{prefix}-video", recording.ExternalId);
        Assert.Equal((ZoomHarness.CourseKey, "84512345678", "Algebra 1: factoring"), (recording.CourseKey, recording.MeetingId, recording.Title));
        Assert.Equal((MeetingStart, MeetingStart.AddMinutes(1)), (recording.StartedAt, recording.EndedAt));
        Assert.Equal(("video/mp4", 2000L, true), (recording.ContentType, recording.Length, recording.HasTranscript));
        Assert.Equal(FakeZoom.DownloadToken, recording.Properties["downloadToken"]);
    }

    [Fact]
    public async Task RecordingCompleted_ForAMeetingNoCourseIsLinkedTo_AnnouncesItWithoutACourse()
    {
        var meeting = h.ServedMeeting(ZoomHarness.UnlinkedMeetingId, "Staff meeting", MeetingStart, [1], null);

        var result = await HandleAsync(h.Signed(ZoomPayloads.RecordingCompleted(meeting, h.Time.GetUtcNow())));

        var recording = Assert.Single(result.Recordings);
        Assert.Equal((null, "99988877766", false), (recording.CourseKey, recording.MeetingId, recording.HasTranscript));
    }

    [Fact]
    public async Task RecordingCompleted_WrongSecret_IsRefused401()
    {
        var result = await HandleAsync(h.Signed(RecordingBody(), secret: "not-the-secret"));

        AssertRefused(result, 401, "does not match");
    }

    [Fact]
    public async Task RecordingCompleted_BodyChangedAfterSigning_IsRefused401()
    {
        string body = RecordingBody();
        var headers = ZoomPayloads.SignedHeaders(ZoomHarness.SecretToken, body, h.Time.GetUtcNow());

        var result = await HandleAsync(ZoomHarness.Request(body.Replace("Algebra", "Algebrb", StringComparison.Ordinal), headers));

        AssertRefused(result, 401, "does not match");
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(-60 * 24)]
    [InlineData(6)]
    public async Task RecordingCompleted_SignedOutsideFiveMinutes_IsRefusedAsAReplay(int minutes)
    {
        var result = await HandleAsync(h.Signed(RecordingBody(), signedAt: h.Time.GetUtcNow().AddMinutes(minutes)));

        AssertRefused(result, 401, "replayed or delayed");
    }

    [Fact]
    public async Task RecordingCompleted_SignedFourMinutesAgo_IsAccepted()
    {
        var result = await HandleAsync(h.Signed(RecordingBody(), signedAt: h.Time.GetUtcNow().AddMinutes(-4)));

        Assert.Equal((200, null), (result.StatusCode, result.RefusalReason));
        Assert.Single(result.Recordings);
    }

    [Theory]
    [InlineData("x-zm-signature")]
    [InlineData("x-zm-request-timestamp")]
    public async Task RecordingCompleted_WithoutASignatureHeader_IsRefused401(string missing)
    {
        string body = RecordingBody();
        var headers = ZoomPayloads.SignedHeaders(ZoomHarness.SecretToken, body, h.Time.GetUtcNow());
        headers.Remove(missing);

        var result = await HandleAsync(ZoomHarness.Request(body, headers));

        AssertRefused(result, 401, "header is missing");
    }

    [Theory]
    [InlineData("1.7e9")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public async Task RecordingCompleted_TimestampNotUnixSeconds_IsRefused401(string timestamp)
    {
        string body = RecordingBody();
        var headers = ZoomPayloads.SignedHeaders(ZoomHarness.SecretToken, body, h.Time.GetUtcNow());
        headers["x-zm-request-timestamp"] = timestamp;

        var result = await HandleAsync(ZoomHarness.Request(body, headers));

        AssertRefused(result, 401, "not a Unix time");
    }

    [Fact]
    public async Task SignedBodyThatIsNotJson_IsRefused400()
    {
        var result = await HandleAsync(h.Signed("{\"event\": \"recording.completed\", <script>"));

        AssertRefused(result, 400, "not the JSON of a Zoom event");
    }

    [Fact]
    public async Task OtherEvent_Signed_IsAcknowledgedWithoutRecordings()
    {
        var result = await HandleAsync(h.Signed("""{"event":"meeting.started","event_ts":1,"payload":{"object":{"id":84512345678}}}"""));

        Assert.Equal((200, null), (result.StatusCode, result.RefusalReason));
        Assert.Empty(result.Recordings);
    }

    [Fact]
    public async Task Get_IsRefused405()
    {
        string body = RecordingBody();
        var result = await HandleAsync(ZoomHarness.Request(body, ZoomPayloads.SignedHeaders(ZoomHarness.SecretToken, body, h.Time.GetUtcNow()), "GET"));

        AssertRefused(result, 405, "POST");
    }

    [Fact]
    public async Task OpenMediaAndTranscript_WithTheEventsDownloadToken_DownloadThemAndKeepTheSpeakers()
    {
        byte[] media = RandomNumberGenerator.GetBytes(50_000);
        const string vtt = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nAna Rivera: Today we factor quadratics.\n\n2\n00:00:02.500 --> 00:00:04.000\nSam Lee: Two and three?\n\n3\n00:00:04.000 --> 00:00:05.000\n10:30 is when we start.\n";
        var meeting = h.ServedMeeting(ZoomHarness.LinkedMeetingId, "Algebra 1", MeetingStart, media, vtt);
        var recording = Assert.Single((await HandleAsync(h.Signed(ZoomPayloads.RecordingCompleted(meeting, h.Time.GetUtcNow())))).Recordings);

        await using var opened = await h.Source.OpenMediaAsync(recording, CancellationToken.None);
        using var copy = new MemoryStream();
        await opened.Content.CopyToAsync(copy);
        var transcript = await h.Source.OpenTranscriptAsync(recording, CancellationToken.None);

        Assert.Equal(media, copy.ToArray());
        Assert.Equal(("video/mp4", (long?)media.Length), (opened.ContentType, opened.Length));
        Assert.All(h.Zoom.RequestsTo(FakeZoom.DownloadPath), r => Assert.Equal("Bearer " + FakeZoom.DownloadToken, r.Authorization));
        Assert.Equal("vtt", transcript!.Format);
        Assert.Contains("\n<v Ana Rivera>Today we factor quadratics.\n", transcript.Content, StringComparison.Ordinal);
        Assert.Contains("\n<v Sam Lee>Two and three?\n", transcript.Content, StringComparison.Ordinal);
        Assert.Contains("\n10:30 is when we start.\n", transcript.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenMedia_DownloadTokenRefusedAndNoOAuthApp_FailsNamingWhatToConfigure()
    {
        h.Zoom.AcceptsDownloadToken = false;
        var meeting = h.ServedMeeting(ZoomHarness.LinkedMeetingId, "Algebra 1", MeetingStart, [1, 2], null);
        var recording = Assert.Single((await HandleAsync(h.Signed(ZoomPayloads.RecordingCompleted(meeting, h.Time.GetUtcNow())))).Recordings);

        var ex = await Assert.ThrowsAsync<ZoomApiException>(() => h.Source.OpenMediaAsync(recording, CancellationToken.None));

        Assert.Equal(401, ex.StatusCode);
        Assert.Contains("download token has expired", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeZoom.DownloadToken, ex.Message, StringComparison.Ordinal);
    }

    private string RecordingBody() =>
        ZoomPayloads.RecordingCompleted(h.ServedMeeting(ZoomHarness.LinkedMeetingId, "Algebra 1", MeetingStart, [1], null), h.Time.GetUtcNow());

    private Task<WebhookResult> HandleAsync(WebhookRequest request) => h.Source.HandleWebhookAsync(request, h.Scope, CancellationToken.None);

    private static void AssertRefused(WebhookResult result, int status, string reason)
    {
        Assert.Equal(status, result.StatusCode);
        Assert.Contains(reason, result.RefusalReason, StringComparison.Ordinal);
        Assert.Empty(result.Recordings);
        Assert.DoesNotContain(ZoomHarness.SecretToken, result.Body, StringComparison.Ordinal);
    }
}
