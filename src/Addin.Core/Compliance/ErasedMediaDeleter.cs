using Addin.Core.Providers;

namespace Addin.Core.Compliance;

/// <summary>Deletes an erasure's media from each platform's store once the database is committed; failures are retried, then reported with their key.</summary>
public sealed class ErasedMediaDeleter(IPlatformProviders providers)
{
    private const int Attempts = 3;

    public async Task DeleteAsync(ErasureReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var group in report.MediaToDelete.GroupBy(m => m.PlatformId))
        {
            Sdk.Storage.IMediaStore store;
            try
            {
                store = (await providers.GetMediaStoreAsync(group.Key, cancellationToken)).Provider;
            }
            catch (ProviderUnavailableException ex)
            {
                report.MediaFailures.AddRange(group.Select(m => $"{m.Key}: {ex.Message}"));
                continue;
            }

            foreach (var media in group)
            {
                string? problem = await TryDeleteAsync(store, media.Key, cancellationToken);
                if (problem is null)
                {
                    report.MediaDeleted.Add(media.Key);
                }
                else
                {
                    report.MediaFailures.Add($"{media.Key}: {problem}");
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
