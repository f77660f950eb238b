using Addin.Plugins.Teams.Graph;
using Addin.Testing;

namespace Addin.Plugins.Teams.Tests;

/// <summary>429 with Retry-After, 5xx and expired tokens, each against Graph on 127.0.0.1 through the real Graph SDK.</summary>
public sealed class ResilienceTests : IDisposable
{
    private readonly TeamsHarness h = new();

    private string ListPath => FakeGraphMeetings.GraphPath($"users/{TeamsHarness.Organizer}/onlineMeetings/getAllRecordings(");

    public void Dispose() => h.Dispose();

    [Fact]
    public async Task Discover_429WithRetryAfter_WaitsThatLongOnTheClock_ThenSucceeds()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        h.Graph.FailNext(ListPath, FakeGraphMeetings.TooManyRequests("7"));

        var discovering = h.DiscoverAllAsync(null);
        await h.Time.WaitForTimerAsync();
        Assert.False(discovering.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.Single(h.Graph.RequestsTo(ListPath));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var (recordings, _, _) = await discovering.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Single(recordings);
        Assert.Equal(2, h.Graph.RequestsTo(ListPath).Count);
    }

    [Fact]
    public async Task Discover_5xx_BacksOffAndRetries()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        h.Graph.FailNext(ListPath, FakeGraphMeetings.Unavailable(), FakeGraphMeetings.Unavailable());

        var discovering = h.DiscoverAllAsync(null);
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(2));
        var (recordings, _, _) = await discovering.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Single(recordings);
        Assert.Equal(3, h.Graph.RequestsTo(ListPath).Count);
    }

    [Fact]
    public async Task Discover_5xxBeyondTheAttempts_FailsWithTheStatusAndWhatHappensNext()
    {
        h.Graph.FailNext(ListPath, FakeGraphMeetings.Unavailable(), FakeGraphMeetings.Unavailable(), FakeGraphMeetings.Unavailable());

        var discovering = h.DiscoverAllAsync(null);
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(2));
        var error = await Assert.ThrowsAsync<TeamsApiException>(() => discovering.WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(503, error.StatusCode);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Contains("tries again later", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_RetryAfterLongerThanMaxRetryWait_FailsAtOnce()
    {
        h.Graph.FailNext(ListPath, FakeGraphMeetings.TooManyRequests("120"));

        var error = await Assert.ThrowsAsync<TeamsApiException>(() => h.DiscoverAllAsync(null));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(h.Graph.RequestsTo(ListPath));
    }

    [Fact]
    public async Task Discover_TokenRefusedBeforeItsExpiry_FetchesAFreshOneOnce_AndSucceeds()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        var (_, _, cursor) = await h.DiscoverAllAsync(null);
        h.Graph.RevokeTokens();
        h.AddRecording(TeamsHarness.LinkedMeetingId, 10);

        h.Time.Advance(TimeSpan.FromMinutes(15));
        var (recordings, _, _) = await h.DiscoverAllAsync(cursor);

        Assert.Single(recordings);
        Assert.Equal(2, h.Graph.TokensIssued);
        Assert.Equal("Bearer graph-token-2", h.Graph.RequestsTo(ListPath)[^1].Authorization);
    }

    [Fact]
    public async Task Discover_TokenExpired_FetchesANewOneBeforeAsking()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        var (_, _, cursor) = await h.DiscoverAllAsync(null);

        h.Time.Advance(TimeSpan.FromHours(1));
        await h.DiscoverAllAsync(cursor);

        Assert.Equal(2, h.Graph.TokensIssued);
        Assert.Equal("Bearer graph-token-2", h.Graph.RequestsTo(ListPath)[^1].Authorization);
    }

    [Fact]
    public async Task Health_WrongSecret_SaysTheIdentityPlatformRefusedTheCredentials()
    {
        using var wrong = new TeamsHarness("""{"clientSecret":"not-the-secret"}""");

        string? problem = await wrong.Source.CheckHealthAsync(CancellationToken.None);

        Assert.NotNull(problem);
        Assert.Contains("HTTP 401: AADSTS7000215", problem, StringComparison.Ordinal);
        Assert.Contains("clientSecret", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", problem, StringComparison.Ordinal);
        Assert.Null(await h.Source.CheckHealthAsync(CancellationToken.None));
    }
}
