using Addin.Core.Providers;

namespace Addin.Core.Compliance;

/// <summary>
/// Deletes media from each platform's store once the database is committed (an erasure's, a deleted recording's);
/// failures are retried, then reported with their key.
/// </summary>
public sealed class ErasedMediaDeleter(IPlatformProviders providers)
{
    private const int Attempts = 3;

    public Task DeleteAsync(ErasureReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return DeleteAsync(report.MediaToDelete, report.MediaDeleted, report.MediaFailures, cancellationToken);
    }

    /// <summary>Deletes the objects, adding each key to <paramref name="deleted"/> or a line saying why not to <paramref name="failures"/>.</summary>
    public async Task DeleteAsync(IEnumerable<MediaObject> objects, ICollection<string> deleted, ICollection<string> failures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(deleted);
        ArgumentNullException.ThrowIfNull(failures);
        foreach (var group in objects.GroupBy(m => m.PlatformId))
        {
            Sdk.Storage.IMediaStore store;
            try
            {
                store = (await providers.GetMediaStoreAsync(group.Key, cancellationToken)).Provider;
            }
            catch (ProviderUnavailableException ex)
            {
                foreach (var media in group)
                {
                    failures.Add($"{media.Key}: {ex.Message}");
                }

                continue;
            }

            foreach (var media in group)
            {
                string? problem = await TryDeleteAsync(store, media.Key, cancellationToken);
                if (problem is null)
                {
                    deleted.Add(media.Key);
                }
                else
                {
                    failures.Add($"{media.Key}: {problem}");
                }
            }
        }
    }

    private static async Task<string?> TryDeleteAsync(Sdk.Storage.IMediaStore store, string key, CancellationToken cancellationToken)
    {
        string? problem = null;
        for (int attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await store.DeleteAsync(key, cancellationToken);
                return null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or HttpRequestException or InvalidOperationException)
            {
                problem = $"{ex.Message} (after {attempt} attempts; delete it from the store by hand)";
            }
        }

        return problem;
    }
}
