using Addin.Core.Providers;
using Addin.Sdk.Notifications;
using Addin.Sdk.Recordings;
using Addin.Sdk.Storage;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Sdk.Translation;

namespace Addin.Data.Tests.Compliance;

/// <summary>A platform whose only provider is the given media store: all erasure asks for.</summary>
internal sealed class MediaStoreProviders(IMediaStore store) : IPlatformProviders
{
    public Task<ResolvedProvider<IMediaStore>> GetMediaStoreAsync(long platformId, CancellationToken cancellationToken) =>
        Task.FromResult(new ResolvedProvider<IMediaStore>("local-disk", store));

    public Task<ResolvedProvider<IRecordingSource>> GetRecordingSourceAsync(long platformId, CancellationToken cancellationToken) => throw Unused();

    public Task<ResolvedProvider<ISummariser>> GetSummariserAsync(long platformId, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<ResolvedProvider<ITranscriptionEngine>>> GetTranscriptionEnginesAsync(long platformId, CancellationToken cancellationToken) => throw Unused();

    public Task<ResolvedProvider<ITranslator>?> GetTranslatorAsync(long platformId, CancellationToken cancellationToken) => throw Unused();

    public Task<INotifier> GetNotifierAsync(long platformId, string providerId, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("Erasure uses only the media store.");
}

/// <summary>A store that cannot delete, as a disk gone read-only would.</summary>
internal sealed class UndeletableStore(IMediaStore inner) : IMediaStore
{
    public Task<StoredObject> PutAsync(string key, Stream content, string contentType, IProgress<long>? progress, CancellationToken cancellationToken) =>
        inner.PutAsync(key, content, contentType, progress, cancellationToken);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken) => inner.OpenReadAsync(key, cancellationToken);

    public Task<StoredObject?> GetInfoAsync(string key, CancellationToken cancellationToken) => inner.GetInfoAsync(key, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => throw new IOException("Read-only file system.");

    public Task<Uri?> GetDirectReadUrlAsync(string key, TimeSpan validity, string? downloadFileName, CancellationToken cancellationToken) =>
        inner.GetDirectReadUrlAsync(key, validity, downloadFileName, cancellationToken);

    public string? TryGetLocalPath(string key) => inner.TryGetLocalPath(key);
}
