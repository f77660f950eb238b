using Addin.Testing;

namespace Addin.Plugins.Teams.Tests;

/// <summary>Subscriptions kept by the periodic discovery: created once, renewed before they expire, none without a notification URL.</summary>
public sealed class SubscriptionTests : IDisposable
{
    private readonly TeamsHarness h = new();

    public void Dispose() => h.Dispose();

    [Fact]
    public async Task Discover_CreatesTheOrganizersSubscription_WithClientStateAndLifecycleUrl()
    {
        await h.DiscoverAllAsync(null);

        var created = Assert.Single(h.Graph.Requests, r => r.Method == "POST" && r.Path == FakeGraphMeetings.GraphPath("subscriptions")).JsonBody!;
        Assert.Equal("created", created["changeType"]!.GetValue<string>());
        Assert.Equal($"users/{TeamsHarness.Organizer}/onlineMeetings/getAllRecordings", created["resource"]!.GetValue<string>());
        Assert.Equal(TeamsHarness.ClientState, created["clientState"]!.GetValue<string>());
        Assert.Equal(TeamsHarness.NotificationUrl, created["notificationUrl"]!.GetValue<string>());
        Assert.Equal(TeamsHarness.NotificationUrl, created["lifecycleNotificationUrl"]!.GetValue<string>());
        Assert.Equal(h.Time.GetUtcNow().AddDays(2), DateTimeOffset.Parse(created["expirationDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Discover_RenewsOnlyOnceLessThanHalfTheLifetimeIsLeft()
    {
        var (_, _, cursor) = await h.DiscoverAllAsync(null);

        h.Time.Advance(TimeSpan.FromHours(23));
        (_, _, cursor) = await h.DiscoverAllAsync(cursor);
        Assert.DoesNotContain(h.Graph.Requests, r => r.Method == "PATCH");

        h.Time.Advance(TimeSpan.FromHours(2));
        await h.DiscoverAllAsync(cursor);

        var renewal = Assert.Single(h.Graph.Requests, r => r.Method == "PATCH");
        Assert.Equal(h.Time.GetUtcNow().AddDays(2), DateTimeOffset.Parse(renewal.JsonBody!["expirationDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(h.Graph.Subscriptions);
    }

    [Fact]
    public async Task Discover_TenantWide_SubscribesToTheTenantsRecordings()
    {
        using var tenant = new TeamsHarness("""{"tenantWide":true}""");

        await tenant.DiscoverAllAsync(null);

        Assert.Equal("communications/onlineMeetings/getAllRecordings", Assert.Single(tenant.Graph.Subscriptions)["resource"]!.GetValue<string>());
    }

    [Fact]
    public async Task Discover_WithoutNotificationUrl_PollsOnly()
    {
        using var polling = new TeamsHarness("""{"notificationUrl":null,"clientState":null}""");
        polling.AddRecording(TeamsHarness.LinkedMeetingId, 60);

        var (recordings, _, _) = await polling.DiscoverAllAsync(null);

        Assert.Single(recordings);
        Assert.DoesNotContain(polling.Graph.Requests, r => r.Path.StartsWith(FakeGraphMeetings.GraphPath("subscriptions"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Discover_SubscriptionRefused_StillPolls()
    {
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);
        h.Graph.FailNext(FakeGraphMeetings.GraphPath("subscriptions"), new LocalResponse(System.Net.HttpStatusCode.BadRequest, "application/json",
            """{"error":{"code":"InvalidRequest","message":"Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request."}}"""));

        var (recordings, _, _) = await h.DiscoverAllAsync(null);

        Assert.Single(recordings);
    }
}
