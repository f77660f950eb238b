using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Addin.Core.Audit;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Data;
using Addin.Sdk;
using Addin.Web.Plugins;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Zoom's webhook at /sources/{platform}/webhook, end to end: a signed recording.completed for the course's meeting
/// becomes a Ready recording with its Zoom transcript; repeats are one recording; forged or unmapped ones import
/// nothing and say why. On SQLite and PostgreSQL, with real ffmpeg.
/// </summary>
public sealed class ZoomWebhookTests(ZoomAppFixture zoom) : IClassFixture<ZoomAppFixture>
{
    private const string UnlinkedMeeting = "99988877766";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordingCompleted_ForTheCoursesMeeting_BecomesAReadyRecordingWithItsZoomTranscript(DatabaseProvider provider)
    {
        var app = await LinkedAppAsync(provider);
        var (meeting, fileId, media) = await zoom.RecordedMeetingAsync(app, ZoomAppFixture.CourseMeetingId);

        using var response = await ZoomAppFixture.PostSignedAsync(app, ZoomPayloads.RecordingCompleted(meeting, TimeProvider.System.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var import = Assert.Single(await ImportsAsync(response));
        Assert.Equal((fileId, "imported", null), (import.ExternalId, import.Outcome, import.Reason));
        var status = await app.WaitUntilDoneAsync(import.RecordingId!.Value);
        Assert.Equal(("Ready", (string?)null), (status.Status, status.Error));
        var recording = await app.RecordingAsync(import.RecordingId.Value);
        Assert.Equal(("zoom", fileId, "Algebra 1: factoring (Zoom)"), (recording.SourceProviderId, recording.ExternalId, recording.Title));
        await PlayerAssert.PlaysAsync(app, recording.Id);
        Assert.All(zoom.Zoom.RequestsTo(FakeZoom.DownloadPath + fileId), r => Assert.Equal("Bearer " + FakeZoom.DownloadToken, r.Authorization));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordingCompleted_SentThreeTimes_IsOneRecording(DatabaseProvider provider)
    {
        var app = await LinkedAppAsync(provider);
        var (meeting, fileId, _) = await zoom.RecordedMeetingAsync(app, ZoomAppFixture.CourseMeetingId, withTranscript: false);
        string body = ZoomPayloads.RecordingCompleted(meeting, TimeProvider.System.GetUtcNow());

        var outcomes = new List<WebhookImportView>();
        for (int i = 0; i < 3; i++)
        {
            using var response = await ZoomAppFixture.PostSignedAsync(app, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            outcomes.Add(Assert.Single(await ImportsAsync(response)));
        }

        Assert.Equal(["imported", "known", "known"], outcomes.Select(o => o.Outcome));
        Assert.Single(outcomes.Select(o => o.RecordingId).Distinct());
        Assert.Equal(1, await app.QueryAsync(db => db.Recordings.CountAsync(r => r.ExternalId == fileId)));
        Assert.Equal("Ready", (await app.WaitUntilDoneAsync(outcomes[0].RecordingId!.Value)).Status);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordingCompleted_WithABadSignature_Is401_AndNothingIsQueued(DatabaseProvider provider)
    {
        var app = await LinkedAppAsync(provider);
        var (meeting, fileId, _) = await zoom.RecordedMeetingAsync(app, ZoomAppFixture.CourseMeetingId, withTranscript: false);
        int before = await app.QueryAsync(db => db.Recordings.CountAsync());

        using var response = await ZoomAppFixture.PostSignedAsync(app, ZoomPayloads.RecordingCompleted(meeting, TimeProvider.System.GetUtcNow()), secret: "someone-elses-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Recordings.CountAsync()));
        Assert.Empty(zoom.Zoom.RequestsTo(FakeZoom.DownloadPath + fileId));
        var audit = await LastAuditAsync(app, AuditActions.SourceWebhookRefused);
        Assert.False(audit.Allowed);
        Assert.Contains("zoom: HTTP 401", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(ZoomAppFixture.SecretToken, audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordingCompleted_SignedSixMinutesAgo_IsRefusedAsAReplay()
    {
        var app = await LinkedAppAsync(DatabaseProvider.Sqlite);
        var (meeting, _, _) = await zoom.RecordedMeetingAsync(app, ZoomAppFixture.CourseMeetingId, withTranscript: false);
        string body = ZoomPayloads.RecordingCompleted(meeting, TimeProvider.System.GetUtcNow());

        using var response = await ZoomAppFixture.PostAsync(app, body, ZoomPayloads.SignedHeaders(ZoomAppFixture.SecretToken, body, TimeProvider.System.GetUtcNow().AddMinutes(-6)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("replayed or delayed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordingCompleted_ForAMeetingNoCourseIsLinkedTo_IsRefusedWithTheReason(DatabaseProvider provider)
    {
        var app = await LinkedAppAsync(provider);
        var (meeting, fileId, _) = await zoom.RecordedMeetingAsync(app, long.Parse(UnlinkedMeeting, CultureInfo.InvariantCulture), withTranscript: false);

        using var response = await ZoomAppFixture.PostSignedAsync(app, ZoomPayloads.RecordingCompleted(meeting, TimeProvider.System.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var import = Assert.Single(await ImportsAsync(response));
        Assert.Equal((fileId, "refused", (long?)null), (import.ExternalId, import.Outcome, import.RecordingId));
        Assert.StartsWith($"No course on this platform is linked to meeting {UnlinkedMeeting}", import.Reason, StringComparison.Ordinal);
        Assert.Contains("enters the meeting ID on the course page", import.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Recordings.CountAsync(r => r.ExternalId == fileId)));
        var audit = await LastAuditAsync(app, AuditActions.SourceRecordingRefused);
        Assert.Equal((fileId, false), (audit.TargetId, audit.Allowed));
    }

    [Fact]
    public async Task UrlValidation_IsAnsweredWithTheEncryptedToken()
    {
        var app = await zoom.GetAsync();

        using var response = await ZoomAppFixture.PostSignedAsync(app, ZoomPayloads.UrlValidation("plain-T0ken", TimeProvider.System.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("plain-T0ken", answer.RootElement.GetProperty("plainToken").GetString());
        Assert.Equal(64, answer.RootElement.GetProperty("encryptedToken").GetString()!.Length);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Webhook_ForAnUnknownPlatform_Is404_AndAudited_EvenWithAHostileKey(DatabaseProvider provider)
    {
        var app = await zoom.GetAsync(provider);
        string key = "no-such-platform" + new string('\u00e9', 300) + "'; drop table \"Platforms\"; --";
        string body = ZoomPayloads.UrlValidation("x", TimeProvider.System.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/sources/{Uri.EscapeDataString(key)}/webhook") { Content = new StringContent(body) };

        using var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var audit = await LastAuditAsync(app, AuditActions.SourceWebhookRefused);
        Assert.Equal(key[..200], audit.TargetId);
        Assert.Contains("HTTP 404: No platform has this key.", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_BodyOverOneMegabyte_Is413()
    {
        var app = await zoom.GetAsync();

        using var response = await ZoomAppFixture.PostSignedAsync(app, "{\"event\":\"" + new string('x', 1024 * 1024) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("HTTP 413", (await LastAuditAsync(app, AuditActions.SourceWebhookRefused)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoursePage_InstructorSetsTheZoomMeetingId_ValidatedAndShownNormalised()
    {
        var app = await zoom.GetAsync();

        using var invalid = await ZoomAppFixture.SetMeetingIdAsync(app, "845-12ab");
        string invalidPage = await FollowAsync(app, invalid);
        using var saved = await ZoomAppFixture.SetMeetingIdAsync(app, " 845 1234 5678 ");
        string savedPage = await FollowAsync(app, saved);
        using var student = await ZoomAppFixture.SetMeetingIdAsync(app, "111 222 333", persona: "student");

        Assert.Contains("Zoom meeting ID not saved: A Zoom meeting ID has only digits", invalidPage, StringComparison.Ordinal);
        Assert.Contains("Zoom meeting ID saved: 84512345678.", savedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"84512345678\"", savedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"upload-form\"", savedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, student.StatusCode);
        Assert.Equal("84512345678", await app.QueryAsync(db => db.CourseExternalIds.Where(e => e.Course!.Key == PipelineApp.CourseKey && e.Kind == "zoom-meeting").Select(e => e.Value).SingleAsync()));
    }

    [Fact]
    public async Task PlatformChoosingZoomItself_GetsTheSecretTokenFromConfiguration()
    {
        var app = await zoom.GetAsync();
        long platformId = await app.QueryAsync(db => db.Courses.Where(c => c.Key == PipelineApp.CourseKey).Select(c => c.PlatformId).SingleAsync());
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
            db.ProviderSelections.Add(new ProviderSelection { PlatformId = platformId, Kind = ProviderKind.RecordingSource, ProviderId = "zoom", SettingsJson = """{"userId":"ana.rivera@demo-school.test"}""" });
            await db.SaveChangesAsync();
        }

        app.App.Services.GetRequiredService<PlatformProviders>().Invalidate(platformId);
        using var response = await ZoomAppFixture.PostSignedAsync(app, ZoomPayloads.UrlValidation("plain-T0ken", TimeProvider.System.GetUtcNow()));
        using var forged = await ZoomAppFixture.PostSignedAsync(app, ZoomPayloads.UrlValidation("plain-T0ken", TimeProvider.System.GetUtcNow()), secret: "guess");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    private async Task<PipelineApp> LinkedAppAsync(DatabaseProvider provider)
    {
        var app = await zoom.GetAsync(provider);
        using var response = await ZoomAppFixture.SetMeetingIdAsync(app, ZoomAppFixture.CourseMeetingId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return app;
    }

    private static async Task<string> FollowAsync(PipelineApp app, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        using var page = await app.Http.GetAsync(redirect.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
    }

    private static async Task<IReadOnlyList<WebhookImportView>> ImportsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<WebhookAnswerView>())?.Recordings ?? [];

    private static Task<AuditEntry> LastAuditAsync(PipelineApp app, string action) =>
        app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).OrderByDescending(a => a.Id).FirstAsync());

    private sealed record WebhookAnswerView(IReadOnlyList<WebhookImportView> Recordings);

    private sealed record WebhookImportView(string ExternalId, string Outcome, long? RecordingId, string? Reason);
}
