using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Sdk.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Addin.Core.Pipeline;

/// <summary>Asks each platform's recording source what is new, from where it left off, and imports it.</summary>
public sealed partial class SourcePoller(
    AddinDbContext db,
    IPlatformProviders providers,
    SourceScopes scopes,
    RecordingImporter importer,
    TimeProvider time,
    ILogger<SourcePoller> logger)
{
    /// <summary>Polls every platform once. A failing platform is logged and does not stop the others.</summary>
    public async Task<int> PollAllAsync(CancellationToken cancellationToken)
    {
        int imported = 0;
        var platformIds = await db.Platforms.Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (long platformId in platformIds)
        {
            try
            {
                imported += await PollAsync(platformId, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(logger, ex, platformId);
            }
        }

        return imported;
    }

    /// <summary>Polls one platform's source; returns how many new recordings were created.</summary>
    public async Task<int> PollAsync(long platformId, CancellationToken cancellationToken)
    {
        var source = await providers.GetRecordingSourceAsync(platformId, cancellationToken);
        var scope = await scopes.ForPlatformAsync(platformId, cancellationToken);
        var cursor = await db.SourceCursors.SingleOrDefaultAsync(c => c.PlatformId == platformId && c.ProviderId == source.ProviderId, cancellationToken);
        int created = 0;
        DiscoveryPage page;
        do
        {
            page = await source.Provider.DiscoverAsync(scope, cursor?.Cursor, cancellationToken);
            foreach (var reference in page.Recordings)
            {
                var result = await importer.ImportAsync(platformId, source.ProviderId, reference, ImportTrigger.Automatic, cancellationToken);
                created += result.Kind == ImportResultKind.Created ? 1 : 0;
            }

            cursor = await SaveCursorAsync(platformId, source.ProviderId, cursor, page.NextCursor, cancellationToken);
        }
        while (page.HasMore);

        return created;
    }

    private async Task<SourceCursor?> SaveCursorAsync(long platformId, string providerId, SourceCursor? cursor, string? next, CancellationToken cancellationToken)
    {
        if (next is null || next == cursor?.Cursor)
        {
            return cursor;
        }

        if (cursor is null)
        {
            cursor = new SourceCursor { PlatformId = platformId, ProviderId = providerId };
            db.SourceCursors.Add(cursor);
        }

        cursor.Cursor = next;
        cursor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return cursor;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the recording source of platform {PlatformId} failed")]
    private static partial void LogPollFailed(ILogger logger, Exception ex, long platformId);
}
