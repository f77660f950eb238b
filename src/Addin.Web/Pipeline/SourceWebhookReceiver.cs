using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Providers;
using Addin.Sdk.Recordings;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Pipeline;

/// <summary>
/// Hands a request to a platform's webhook recording source and imports what it announces, the way polled recordings
/// are imported: each source id once, queued on the durable job engine. Refusals are logged (the reason, never the
/// request's headers or body) and audited.
/// </summary>
public sealed partial class SourceWebhookReceiver(
    AddinDbContext db,
    IPlatformProviders providers,
    SourceScopes scopes,
    RecordingImporter importer,
    AuditLog audit,
    ILogger<SourceWebhookReceiver> logger)
{
    /// <summary>Handles one request; <paramref name="origin"/> is for the audit trail.</summary>
    public async Task<WebhookAnswer> ReceiveAsync(string platformKey, WebhookRequest request, AuditOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        long platformId = await db.Platforms.Where(p => p.Key == platformKey).Select(p => p.Id).SingleOrDefaultAsync(cancellationToken);
        if (platformId == 0)
        {
            return await RefuseAsync(null, platformKey, null, 404, "No platform has this key.", origin, cancellationToken);
        }

        ResolvedProvider<IRecordingSource> source;
        try
        {
            source = await providers.GetRecordingSourceAsync(platformId, cancellationToken);
        }
        catch (ProviderUnavailableException ex)
        {
            LogSourceUnavailable(logger, ex, platformKey);
            return new WebhookAnswer(503, "text/plain", "The platform's recording source is not available now; the operators are told in the log.");
        }

        if (source.Provider is not IWebhookRecordingSource webhooks)
        {
            return await RefuseAsync(platformId, platformKey, source.ProviderId, 404, $"The platform's recording source ({source.ProviderId}) takes no webhooks.", origin, cancellationToken);
        }

        var result = await webhooks.HandleWebhookAsync(request, await scopes.ForPlatformAsync(platformId, cancellationToken), cancellationToken);
        if (result.RefusalReason is { } reason)
        {
            await RefuseAsync(platformId, platformKey, source.ProviderId, result.StatusCode, reason, origin, cancellationToken);
            return new WebhookAnswer(result.StatusCode, result.ContentType, result.Body);
        }

        var outcomes = new List<WebhookImport>();
        foreach (var reference in result.Recordings)
        {
            outcomes.Add(await ImportAsync(platformId, platformKey, source.ProviderId, webhooks, reference, origin, cancellationToken));
        }

        return result.Body.Length > 0 || outcomes.Count == 0
            ? new WebhookAnswer(result.StatusCode, result.ContentType, result.Body)
            : new WebhookAnswer(result.StatusCode, outcomes);
    }

    /// <summary>Refuses a request whose body is over <paramref name="maxBytes"/>, without reading the rest of it.</summary>
    public Task<WebhookAnswer> RefuseTooLargeAsync(string platformKey, int maxBytes, AuditOrigin origin, CancellationToken cancellationToken) =>
        RefuseAsync(null, platformKey, null, StatusCodes.Status413PayloadTooLarge,
            $"The body is larger than {maxBytes / 1024} KiB; a recording notification is much smaller.", origin, cancellationToken);

    private async Task<WebhookImport> ImportAsync(
        long platformId, string platformKey, string providerId, IRecordingSource source, RecordingReference reference, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var imported = await importer.ImportAsync(platformId, providerId, reference, ImportTrigger.Automatic, cancellationToken);
        switch (imported.Kind)
        {
            case ImportResultKind.Created or ImportResultKind.AlreadyKnown:
                return new WebhookImport(reference.ExternalId, imported.Kind == ImportResultKind.Created ? "imported" : "known", imported.Recording?.Id, null);
            case ImportResultKind.NotOptedIn:
                // Held, not refused: the source keeps it, so that importing it later can still fetch it.
                return new WebhookImport(reference.ExternalId, "not-imported", imported.Recording?.Id, imported.Problem);
        }

        await audit.RecordAsync(new AuditRecord(AuditActions.SourceRecordingRefused, "source-recording", Clip(reference.ExternalId), Allowed: false)
        {
            PlatformId = platformId,
            Origin = origin,
            Detail = $"{providerId}: {imported.Problem}",
        }, cancellationToken);
        await source.CompleteAsync(reference, ImportOutcome.Rejected, imported.Problem, cancellationToken);
        LogRecordingRefused(logger, reference.ExternalId, providerId, platformKey, imported.Problem);
        return new WebhookImport(reference.ExternalId, "refused", null, imported.Problem);
    }

    private async Task<WebhookAnswer> RefuseAsync(
        long? platformId, string platformKey, string? providerId, int status, string reason, AuditOrigin origin, CancellationToken cancellationToken)
    {
        LogRefused(logger, platformKey, providerId, status, reason);
        await audit.RecordAsync(new AuditRecord(AuditActions.SourceWebhookRefused, "platform", Clip(platformKey), Allowed: false)
        {
            PlatformId = platformId,
            Origin = origin,
            Detail = string.Create(CultureInfo.InvariantCulture, $"{providerId ?? "no source"}: HTTP {status}: {reason}"),
        }, cancellationToken);
        return new WebhookAnswer(status, "text/plain", reason);
    }

    /// <summary>An id from the request as the audit trail keeps it (at most 200 characters: the key in the URL is anyone's to choose).</summary>
    private static string Clip(string id) => id.Length <= 200 ? id : id[..200];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook request for platform {PlatformKey} (source {ProviderId}) with HTTP {StatusCode}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string platformKey, string? providerId, int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {ExternalId} announced by source {ProviderId} of platform {PlatformKey} was refused: {Reason}")]
    private static partial void LogRecordingRefused(ILogger logger, string externalId, string providerId, string platformKey, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook request for platform {PlatformKey} found its recording source unavailable")]
    private static partial void LogSourceUnavailable(ILogger logger, Exception ex, string platformKey);
}

/// <summary>What to answer a webhook request: the source's own answer, or what became of each recording it announced.</summary>
public sealed record WebhookAnswer(int StatusCode, string ContentType, string Body, IReadOnlyList<WebhookImport>? Recordings = null)
{
    public WebhookAnswer(int statusCode, IReadOnlyList<WebhookImport> recordings)
        : this(statusCode, "application/json", "", recordings)
    {
    }
}

/// <summary>
/// What became of one announced recording: <c>imported</c>, <c>known</c> (announced before), <c>not-imported</c> (its course
/// has not opted in; kept to import later) or <c>refused</c>, with the reason.
/// </summary>
public sealed record WebhookImport(string ExternalId, string Outcome, long? RecordingId, string? Reason);
