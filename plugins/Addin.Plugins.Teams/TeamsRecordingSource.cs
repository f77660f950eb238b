using Addin.Plugins.Teams.Graph;
using Addin.Plugins.Teams.Webhooks;
using Addin.Sdk.Plugins;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Teams;

/// <summary>
/// Recordings of Teams online meetings linked to courses (external id kind <c>teams-meeting</c>). Graph change
/// notifications announce them at once; polling each organizer's <c>getAllRecordings</c> delta, every
/// <see cref="TeamsSourceSettings.PollInterval"/>, catches any a notification missed and keeps the subscriptions alive.
/// </summary>
internal sealed class TeamsRecordingSource : IWebhookRecordingSource, IHealthReporting, IDisposable
{
    private const int MaxTranscriptBytes = 20 * 1024 * 1024;

    private readonly TeamsSourceSettings settings;
    private readonly TeamsGraph graph;
    private readonly MeetingArtifacts artifacts;
    private readonly TeamsRecordings recordings;
    private readonly Subscriptions subscriptions;
    private readonly TeamsWebhook webhook;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public TeamsRecordingSource(TeamsSourceSettings settings, TeamsGraph graph, TimeProvider time, ILogger logger)
    {
        this.settings = settings;
        this.graph = graph;
        this.time = time;
        this.logger = logger;
        artifacts = new MeetingArtifacts(graph, settings);
        recordings = new TeamsRecordings(artifacts, settings, time, logger);
        subscriptions = new Subscriptions(graph, settings, time, logger);
        webhook = new TeamsWebhook(settings, recordings, subscriptions, logger);
    }

    public Task<WebhookResult> HandleWebhookAsync(WebhookRequest request, SourceScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        return webhook.HandleAsync(request, scope, cancellationToken);
    }

    /// <remarks>
    /// A round lists each organizer's delta in turn, one page a call (the host saves the cursor after each), and starts
    /// by keeping the subscriptions: this is the periodic call that renews them before they expire.
    /// </remarks>
    public async Task<DiscoveryPage> DiscoverAsync(SourceScope scope, string? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var position = cursor is null ? DiscoveryCursor.Empty : DiscoveryCursor.Read(cursor);
        if (position is null)
        {
            TeamsLog.UnreadableCursor(logger);
            position = DiscoveryCursor.Empty;
        }

        var now = time.GetUtcNow();
        var pending = position.Pending?.Where(settings.OrganizerUserIds.Contains).ToList();
        if (pending is null or { Count: 0 })
        {
            if (position.ListedAt is { } listedAt && now - listedAt < settings.PollInterval)
            {
                return new DiscoveryPage { Recordings = [], NextCursor = cursor };
            }

            await KeepSubscriptionsAsync(cancellationToken);
            pending = [.. settings.OrganizerUserIds];
            if (pending.Count == 0)
            {
                return new DiscoveryPage { Recordings = [], NextCursor = (position with { Pending = null, ListedAt = now }).Write() };
            }
        }

        string organizer = pending[0];
        var links = new Dictionary<string, string>(position.Links.Where(l => settings.OrganizerUserIds.Contains(l.Key)));
        TeamsRecordings.Page page;
        try
        {
            page = await recordings.ListAsync(organizer, links.GetValueOrDefault(organizer) ?? recordings.FirstLink(organizer), scope, cancellationToken);
        }
        catch (TeamsApiException ex) when (ex.StatusCode == 410 && links.Remove(organizer))
        {
            // The delta link is too old for Graph: list the lookback window again (the host imports each recording once).
            TeamsLog.DeltaExpired(logger, organizer);
            return new DiscoveryPage { Recordings = [], NextCursor = (position with { Links = links, Pending = pending }).Write(), HasMore = true };
        }

        if (page.NextLink is { } next)
        {
            links[organizer] = next;
        }
        else
        {
            links[organizer] = page.DeltaLink ?? recordings.FirstLink(organizer);
            pending.RemoveAt(0);
        }

        bool done = pending.Count == 0;
        var nextCursor = new DiscoveryCursor(links, done ? null : pending, done ? now : position.ListedAt);
        return new DiscoveryPage { Recordings = page.Recordings, NextCursor = nextCursor.Write(), HasMore = !done };
    }

    public async Task<SourceMedia> OpenMediaAsync(RecordingReference recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var (organizer, meetingId) = Meeting(recording);
        var content = await artifacts.OpenRecordingAsync(organizer, meetingId, recording.ExternalId, cancellationToken);
        return new SourceMedia(content, recording.FileName, recording.ContentType ?? "video/mp4", recording.Length);
    }

    /// <remarks>Read when the recording is stored, so a transcript Teams finished after the recording is still found.</remarks>
    public async Task<TranscriptFile?> OpenTranscriptAsync(RecordingReference recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var (organizer, meetingId) = Meeting(recording);
        var transcript = await artifacts.FindTranscriptAsync(organizer, meetingId, recording.Properties.GetValueOrDefault(RecordingMapper.ContentCorrelationProperty), cancellationToken);
        if (transcript?.Id is not { } transcriptId)
        {
            return null;
        }

        return new TranscriptFile
        {
            Format = "vtt",
            Content = await artifacts.ReadTranscriptAsync(organizer, meetingId, transcriptId, MaxTranscriptBytes, cancellationToken),
            Origin = $"Teams transcript of meeting '{recording.Title}'",
        };
    }

    public Task CompleteAsync(RecordingReference recording, ImportOutcome outcome, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        TeamsLog.Completed(logger, recording.ExternalId, recording.MeetingId, outcome, detail);
        return Task.CompletedTask;
    }

    /// <summary>Healthy when the identity platform gives the app a token.</summary>
    public async Task<string?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await graph.Tokens.GetAsync(cancellationToken);
            return null;
        }
        catch (TeamsApiException ex)
        {
            return ex.Message;
        }
    }

    public void Dispose() => graph.Dispose();

    private async Task KeepSubscriptionsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await subscriptions.EnsureAsync(cancellationToken);
        }
        catch (TeamsApiException ex)
        {
            // Polling still brings the recordings; the next round tries the subscriptions again.
            TeamsLog.SubscriptionsFailed(logger, ex);
        }
    }

    private static (string Organizer, string MeetingId) Meeting(RecordingReference recording) =>
        recording.MeetingId is { Length: > 0 } meetingId &&
        (recording.Properties.GetValueOrDefault(RecordingMapper.OrganizerProperty) ?? MeetingIds.OrganizerOf(meetingId)) is { } organizer
            ? (organizer, meetingId)
            : throw new TeamsApiException($"Teams recording {recording.ExternalId} names no meeting and organizer; it cannot be downloaded.");
}
