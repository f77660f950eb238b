using Addin.Core.Providers;
using Addin.Sdk.Notifications;
using Addin.Sdk.Recordings;
using Addin.Sdk.Storage;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Sdk.Translation;

namespace Addin.Web.Tests.Notifications;

/// <summary>The platform's providers as far as notices use them: its notifiers, all of them the given one.</summary>
internal sealed class NotifierOnly(INotifier notifier) : IPlatformProviders
{
    public Task<INotifier> GetNotifierAsync(long platformId, string providerId, CancellationToken cancellationToken) => Task.FromResult(notifier);

    public Task<ResolvedProvider<IRecordingSource>> GetRecordingSourceAsync(long platformId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ResolvedProvider<IMediaStore>> GetMediaStoreAsync(long platformId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ResolvedProvider<ITranscriptionEngine>>> GetTranscriptionEnginesAsync(long platformId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ResolvedProvider<ISummariser>> GetSummariserAsync(long platformId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ResolvedProvider<ITranslator>?> GetTranslatorAsync(long platformId, CancellationToken cancellationToken) => throw new NotSupportedException();
}
