using System.Globalization;
using Addin.Plugins.Zoom.Api;
using Addin.Sdk.Recordings;
using Addin.Testing;

namespace Addin.Plugins.Zoom.Tests;

/// <summary>
/// Polling with the Server-to-Server OAuth app against Zoom on 127.0.0.1: the token (cached, refreshed when refused),
/// the paged recordings list, and 429/5xx answers retried a bounded number of times on the injected clock.
/// </summary>
public sealed class PollingTests : IDisposable
{
    private readonly ZoomHarness h = new(withOAuthApp: true);

    public void Dispose() => h.Dispose();

    [Fact]
    public async Task Discover_FollowsEveryPage_ReturnsTheLinkedMeetingsRecordings_WithOneToken()
    {
        AddMeetings(ZoomHarness.LinkedMeetingId, ZoomHarness.UnlinkedMeetingId, ZoomHarness.LinkedMeetingId, ZoomHarness.LinkedMeetingId, ZoomHarness.UnlinkedMeetingId);

        var (recordings, pages, _) = await DiscoverAllAsync(null);

        Assert.Equal(3, pages);
        Assert.Equal(3, recordings.Count);
        Assert.All(recordings, r => Assert.Equal((ZoomHarness.CourseKey, "84512345678", false), (r.CourseKey, r.MeetingId, r.Properties.ContainsKey("downloadToken"))));
        Assert.Equal(3, recordings.Select(r => r.ExternalId).Distinct().Count());
        var lists = h.Zoom.RequestsTo(FakeZoom.RecordingsPath);
        Assert.Equal(["", "p2", "p4"], lists.Select(r => Query(r.Url, "next_page_token")));
        Assert.All(lists, r => Assert.Equal(("2026-11-30", "2026-12-07", "100"), (Query(r.Url, "from"), Query(r.Url, "to"), Query(r.Url, "page_size"))));
        Assert.All(lists, r => Assert.Equal("Bearer access-1", r.Authorization));
        Assert.Equal(1, h.Zoom.TokensIssued);
        var token = Assert.Single(h.Zoom.RequestsTo(FakeZoom.TokenPath));
        Assert.Equal(($"account_credentials", FakeZoom.AccountId), (Query(token.Url, "grant_type"), Query(token.Url, "account_id")));
    }

    [Fact]
    public async Task Discover_AgainBeforeThePollInterval_AsksZoomNothing_AfterItListsFromTheDayBefore()
    {
        AddMeetings(ZoomHarness.LinkedMeetingId);
        var (_, _, cursor) = await DiscoverAllAsync(null);

        h.Time.Advance(TimeSpan.FromMinutes(14));
        var early = await h.Source.DiscoverAsync(h.Scope, cursor, CancellationToken.None);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await h.Source.DiscoverAsync(h.Scope, early.NextCursor, CancellationToken.None);

        Assert.Empty(early.Recordings);
        Assert.Equal(cursor, early.NextCursor);
        Assert.Single(due.Recordings);
        var last = h.Zoom.RequestsTo(FakeZoom.RecordingsPath)[^1];
        Assert.Equal(("2026-12-06", "2026-12-07"), (Query(last.Url, "from"), Query(last.Url, "to")));
        Assert.Equal(1, h.Zoom.TokensIssued);
    }

    [Fact]
    public async Task Discover_TokenExpired_FetchesANewOne()
    {
        h.Zoom.TokenLifetimeSeconds = 3600;
        AddMeetings(ZoomHarness.LinkedMeetingId);
        var (_, _, cursor) = await DiscoverAllAsync(null);

        h.Time.Advance(TimeSpan.FromHours(1));
        await h.Source.DiscoverAsync(h.Scope, cursor, CancellationToken.None);

        Assert.Equal(2, h.Zoom.TokensIssued);
        Assert.Equal("Bearer access-2", h.Zoom.RequestsTo(FakeZoom.RecordingsPath)[^1].Authorization);
    }

    [Fact]
    public async Task Discover_TokenRefusedBeforeItsExpiry_FetchesAFreshOneOnce_AndSucceeds()
    {
        AddMeetings(ZoomHarness.LinkedMeetingId);
        var (_, _, cursor) = await DiscoverAllAsync(null);
        h.Zoom.RevokeTokens();

        h.Time.Advance(TimeSpan.FromMinutes(15));
        var page = await h.Source.DiscoverAsync(h.Scope, cursor, CancellationToken.None);

        Assert.Single(page.Recordings);
        Assert.Equal(2, h.Zoom.TokensIssued);
        Assert.Equal(["Bearer access-1", "Bearer access-1", "Bearer access-2"], h.Zoom.RequestsTo(FakeZoom.RecordingsPath).Select(r => r.Authorization));
    }

    [Fact]
    public async Task Discover_WrongClientSecret_FailsNamingTheSettings_WithoutTheSecret()
    {
        using var wrong = new ZoomHarness(withOAuthApp: true, extraSettings: """{"clientSecret":"wrong-secret-value"}""");

        var ex = await Assert.ThrowsAsync<ZoomApiException>(() => wrong.Source.DiscoverAsync(wrong.Scope, null, CancellationToken.None));

        Assert.Equal(401, ex.StatusCode);
        Assert.Contains("Invalid client_id or client_secret", ex.Message, StringComparison.Ordinal);
        Assert.Contains("accountId, clientId and clientSecret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_429WithRetryAfter_WaitsThatLongOnTheClock_ThenSucceeds()
    {
        AddMeetings(ZoomHarness.LinkedMeetingId);
        h.Zoom.FailNext(FakeZoom.RecordingsPath, FakeZoom.TooManyRequests("7"));

        var call = h.Source.DiscoverAsync(h.Scope, null, CancellationToken.None);
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(call.IsCompleted);
        Assert.Single(h.Zoom.RequestsTo(FakeZoom.RecordingsPath));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var page = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(page.Recordings);
        Assert.Equal(2, h.Zoom.RequestsTo(FakeZoom.RecordingsPath).Count);
    }

    [Fact]
    public async Task Discover_429AskingToWaitLongerThanMaxRetryWait_FailsAtOnce()
    {
        h.Zoom.FailNext(FakeZoom.RecordingsPath, FakeZoom.TooManyRequests("3600"));

        var ex = await Assert.ThrowsAsync<ZoomApiException>(() => h.Source.DiscoverAsync(h.Scope, null, CancellationToken.None));

        Assert.Equal(429, ex.StatusCode);
        Assert.Contains("asks to wait 3600 s", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Zoom.RequestsTo(FakeZoom.RecordingsPath));
    }

    [Fact]
    public async Task Discover_500ThenSuccess_BacksOffAndSucceeds()
    {
        AddMeetings(ZoomHarness.LinkedMeetingId);
        h.Zoom.FailNext(FakeZoom.RecordingsPath, FakeZoom.ServerError());

        var call = h.Source.DiscoverAsync(h.Scope, null, CancellationToken.None);
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var page = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(page.Recordings);
    }

    [Fact]
    public async Task Discover_500EveryTime_FailsAfterMaxAttempts_WithAClearMessage()
    {
        h.Zoom.FailNext(FakeZoom.RecordingsPath, FakeZoom.ServerError(), FakeZoom.ServerError(), FakeZoom.ServerError(), FakeZoom.ServerError());

        var call = h.Source.DiscoverAsync(h.Scope, null, CancellationToken.None);
        for (int wait = 1; wait <= 2; wait *= 2)
        {
            await h.Time.WaitForTimerAsync();
            h.Time.Advance(TimeSpan.FromSeconds(wait));
        }

        var ex = await Assert.ThrowsAsync<ZoomApiException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(500, ex.StatusCode);
        Assert.Equal("GET " + new Uri(h.Zoom.ApiBaseUrl, "users/me/recordings") + " failed: Zoom kept failing (HTTP 500) after 3 attempt(s). The host tries again later.", ex.Message);
        Assert.Equal(3, h.Zoom.RequestsTo(FakeZoom.RecordingsPath).Count);
    }

    [Fact]
    public async Task OpenMedia_PolledRecording_DownloadsWithTheOAuthToken()
    {
        byte[] media = [9, 8, 7, 6];
        h.Zoom.Meetings.Add(h.ServedMeeting(ZoomHarness.LinkedMeetingId, "Algebra 1", At(0), media, null));
        var recording = Assert.Single((await DiscoverAllAsync(null)).Recordings);

        await using var opened = await h.Source.OpenMediaAsync(recording, CancellationToken.None);
        using var copy = new MemoryStream();
        await opened.Content.CopyToAsync(copy);

        Assert.Equal(media, copy.ToArray());
        Assert.Equal("Bearer access-1", Assert.Single(h.Zoom.RequestsTo(FakeZoom.DownloadPath)).Authorization);
    }

    [Fact]
    public async Task OpenMedia_DownloadTokenRefused_FallsBackToTheOAuthToken()
    {
        h.Zoom.AcceptsDownloadToken = false;
        var meeting = h.ServedMeeting(ZoomHarness.LinkedMeetingId, "Algebra 1", At(0), [5, 5], null);
        var announced = await h.Source.HandleWebhookAsync(h.Signed(ZoomPayloads.RecordingCompleted(meeting, h.Time.GetUtcNow())), h.Scope, CancellationToken.None);

        await using var opened = await h.Source.OpenMediaAsync(Assert.Single(announced.Recordings), CancellationToken.None);

        Assert.Equal(["Bearer " + FakeZoom.DownloadToken, "Bearer access-1"], h.Zoom.RequestsTo(FakeZoom.DownloadPath).Select(r => r.Authorization));
    }

    [Fact]
    public async Task Discover_WithoutAnOAuthApp_ListsNothing()
    {
        using var webhooksOnly = new ZoomHarness(withOAuthApp: false);

        var page = await webhooksOnly.Source.DiscoverAsync(webhooksOnly.Scope, null, CancellationToken.None);

        Assert.Equal((0, null, false), (page.Recordings.Count, page.NextCursor, page.HasMore));
        Assert.Empty(webhooksOnly.Zoom.Requests);
    }

    [Fact]
    public async Task Discover_CursorOlderThanAMonth_ListsMonthByMonth()
    {
        string old = """{"from":"2026-10-01"}""";

        var (_, pages, _) = await DiscoverAllAsync(old);

        Assert.Equal(3, pages);
        Assert.Equal([("2026-10-01", "2026-10-31"), ("2026-10-31", "2026-11-30"), ("2026-11-30", "2026-12-07")],
            h.Zoom.RequestsTo(FakeZoom.RecordingsPath).Select(r => (Query(r.Url, "from"), Query(r.Url, "to"))));
    }

    private static DateTimeOffset At(int day) => DateTimeOffset.Parse("2026-12-01T09:00:00Z", CultureInfo.InvariantCulture).AddDays(day);

    private void AddMeetings(params long[] ids)
    {
        for (int i = 0; i < ids.Length; i++)
        {
            h.Zoom.Meetings.Add(h.ServedMeeting(ids[i], $"Meeting {i}", At(i % 6), [(byte)i], null));
        }
    }

    /// <summary>Calls discovery the way the host does: again at once while it says there is more.</summary>
    private async Task<(List<RecordingReference> Recordings, int Pages, string? Cursor)> DiscoverAllAsync(string? cursor)
    {
        var recordings = new List<RecordingReference>();
        int pages = 0;
        DiscoveryPage page;
        do
        {
            page = await h.Source.DiscoverAsync(h.Scope, cursor, CancellationToken.None);
            recordings.AddRange(page.Recordings);
            cursor = page.NextCursor;
            pages++;
        }
        while (page.HasMore && pages < 20);

        return (recordings, pages, cursor);
    }

    private static string Query(Uri url, string name) =>
        url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p[1])).SingleOrDefault() ?? "";
}
