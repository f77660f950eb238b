using Addin.Plugins.Zoom.Api;
using Addin.Plugins.Zoom.Webhooks;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Zoom;

/// <summary>
/// Zoom cloud recordings of the meetings linked to courses (external id kind <c>zoom-meeting</c>). The
/// <c>recording.completed</c> webhook announces them at once; polling the user's recordings with the Server-to-Server
/// OAuth app, every <see cref="ZoomSourceSettings.PollInterval"/>, catches any a webhook missed.
/// </summary>
internal sealed class ZoomRecordingSource : IWebhookRecordingSource, IDisposable
{
    /// <summary>Zoom lists at most a month of recordings per call.</summary>
    private const int MaxWindowDays = 30;

    private const int MaxTranscriptBytes = 20 * 1024 * 1024;

    private readonly ZoomSourceSettings settings;
    private readonly ZoomApi? api;
    private readonly ZoomDownloads downloads;
    private readonly ZoomWebhook webhook;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public ZoomRecordingSource(ZoomSourceSettings settings, ZoomApi? api, ZoomDownloads downloads, TimeProvider time, ILogger logger)
    {
        this.settings = settings;
        this.api = api;
        this.downloads = downloads;
        this.time = time;
        this.logger = logger;
        webhook = new ZoomWebhook(settings, time, logger);
    }

    public Task<WebhookResult> HandleWebhookAsync(WebhookRequest request, SourceScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        return Task.FromResult(webhook.Handle(request, scope));
    }

    /// <remarks>Without an OAuth app there is nothing to poll: webhooks alone bring recordings.</remarks>
    public async Task<DiscoveryPage> DiscoverAsync(SourceScope scope, string? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (api is null)
        {
            return new DiscoveryPage { Recordings = [] };
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var position = DiscoveryCursor.Read(cursor);
        if (position is null && cursor is not null)
        {
            ZoomLog.UnreadableCursor(logger, cursor);
        }

        if (position is { PageToken: null, ListedAt: { } listedAt } && now - listedAt < settings.PollInterval)
        {
            return new DiscoveryPage { Recordings = [], NextCursor = cursor };
        }

        var from = position?.From ?? DateOnly.FromDateTime((now - settings.Lookback).UtcDateTime);
        var to = position?.To ?? Min(from.AddDays(MaxWindowDays), today);
        var page = await api.ListRecordingsAsync(from, to, position?.PageToken, cancellationToken);
        var meetings = page.Meetings ?? [];
        var linked = meetings.Where(m => RecordingMapper.IsLinked(m, scope)).ToList();
        ZoomLog.Polled(logger, from, to, meetings.Count, meetings.Count - linked.Count);
        var recordings = linked.SelectMany(m => RecordingMapper.Map(m, downloadToken: null, scope)).ToList();

        DiscoveryCursor next;
        if (!string.IsNullOrEmpty(page.NextPageToken) && page.NextPageToken != position?.PageToken)
        {
            next = new DiscoveryCursor(from, to, page.NextPageToken, null);
        }
        else if (to < today)
        {
            next = new DiscoveryCursor(to, null, null, null);
        }
        else
        {
            // The day before stays in the window: a meeting that ended near midnight finishes processing later.
            next = new DiscoveryCursor(today.AddDays(-1), null, null, now);
        }

        return new DiscoveryPage { Recordings = recordings, NextCursor = next.Write(), HasMore = next.ListedAt is null };
    }

    public async Task<SourceMedia> OpenMediaAsync(RecordingReference recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var response = await downloads.GetAsync(Url(recording, RecordingMapper.DownloadUrlProperty), Token(recording), cancellationToken);
        try
        {
            var content = await response.Content.ReadAsStreamAsync(cancellationToken);
            return new SourceMedia(content, recording.FileName, recording.ContentType ?? "video/mp4", response.Content.Headers.ContentLength ?? recording.Length);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public async Task<TranscriptFile?> OpenTranscriptAsync(RecordingReference recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        if (!recording.Properties.ContainsKey(RecordingMapper.TranscriptUrlProperty))
        {
            return null;
        }

        var url = Url(recording, RecordingMapper.TranscriptUrlProperty);
        using var response = await downloads.GetAsync(url, Token(recording), cancellationToken);
        if (response.Content.Headers.ContentLength > MaxTranscriptBytes)
        {
            throw new ZoomApiException($"The transcript at {ZoomHttp.Redact(url)} is larger than {MaxTranscriptBytes / 1024 / 1024} MiB; it is not a meeting transcript.");
        }

        string vtt = await response.Content.ReadAsStringAsync(cancellationToken);
        return new TranscriptFile
        {
            Format = "vtt",
            Content = ZoomTranscript.WithVoices(vtt),
            Origin = $"Zoom transcript of meeting {recording.MeetingId}",
        };
    }

    public Task CompleteAsync(RecordingReference recording, ImportOutcome outcome, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ZoomLog.Completed(logger, recording.ExternalId, recording.MeetingId, outcome, detail);
        return Task.CompletedTask;
    }

    public void Dispose() => api?.Dispose();

    private static Uri Url(RecordingReference recording, string property) =>
        recording.Properties.TryGetValue(property, out var text) && Uri.TryCreate(text, UriKind.Absolute, out var url)
            ? url
            : throw new ZoomApiException($"Zoom recording {recording.ExternalId} has no usable {property}; it cannot be downloaded.");

    private static string? Token(RecordingReference recording) => recording.Properties.GetValueOrDefault(RecordingMapper.DownloadTokenProperty);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
