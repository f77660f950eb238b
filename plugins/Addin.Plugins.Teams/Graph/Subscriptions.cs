using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;

namespace Addin.Plugins.Teams.Graph;

/// <summary>
/// Keeps Graph change-notification subscriptions for new meeting recordings: one tenant-wide, or one per organizer. The
/// app's subscriptions are read back from Graph each time (no state of ours to lose): a missing one is created, one with
/// less than half its lifetime left is renewed.
/// </summary>
internal sealed class Subscriptions(TeamsGraph graph, TeamsSourceSettings settings, TimeProvider time, ILogger logger)
{
    public const string TenantResource = "communications/onlineMeetings/getAllRecordings";

    /// <summary>The resources subscribed to.</summary>
    public IReadOnlyList<string> Resources => settings.TenantWide
        ? [TenantResource]
        : settings.OrganizerUserIds.Select(id => $"users/{id}/onlineMeetings/getAllRecordings").ToList();

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (settings.NotificationUrl is null)
        {
            return;
        }

        var existing = await TeamsGraph.CallAsync("Listing the app's Graph subscriptions", () => graph.Client.Subscriptions.GetAsync(cancellationToken: cancellationToken));
        var ours = (existing?.Value ?? []).Where(s => s.NotificationUrl == settings.NotificationUrl.AbsoluteUri).ToList();
        var now = time.GetUtcNow();
        foreach (string resource in Resources)
        {
            var subscription = ours.FirstOrDefault(s => string.Equals(s.Resource, resource, StringComparison.OrdinalIgnoreCase));
            if (subscription is null || subscription.ExpirationDateTime is not { } expires || expires <= now)
            {
                await CreateAsync(resource, cancellationToken);
            }
            else if (expires - now < settings.SubscriptionLifetime / 2)
            {
                await RenewAsync(subscription.Id!, cancellationToken);
            }
        }
    }

    /// <summary>Moves a subscription's expiry to a full lifetime from now (which also reauthorizes it).</summary>
    public async Task RenewAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow() + settings.SubscriptionLifetime;
        await TeamsGraph.CallAsync($"Renewing Graph subscription {subscriptionId}", () =>
            graph.Client.Subscriptions[subscriptionId].PatchAsync(new Subscription { ExpirationDateTime = expires }, cancellationToken: cancellationToken));
        TeamsLog.SubscriptionRenewed(logger, subscriptionId, expires);
    }

    private async Task CreateAsync(string resource, CancellationToken cancellationToken)
    {
        var created = await TeamsGraph.CallAsync($"Subscribing to {resource}", () => graph.Client.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created",
            Resource = resource,
            NotificationUrl = settings.NotificationUrl!.AbsoluteUri,
            LifecycleNotificationUrl = settings.NotificationUrl.AbsoluteUri,
            ClientState = settings.ClientState,
            ExpirationDateTime = time.GetUtcNow() + settings.SubscriptionLifetime,
            IncludeResourceData = false,
        }, cancellationToken: cancellationToken));
        TeamsLog.SubscriptionCreated(logger, created?.Id, resource, created?.ExpirationDateTime);
    }
}
