using Addin.Core.Providers;
using Addin.Sdk.Notifications;
using Addin.Sdk.Recordings;
using Addin.Sdk.Storage;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Sdk.Translation;

namespace Addin.Data.Tests.Recaps;

/// <summary>A platform whose only provider is the given summariser: all the Recap stage asks for.</summary>
internal sealed class SummariserProviders(string providerId, ISummariser summariser) : IPlatformProviders
{
    public Task<ResolvedProvider<ISummariser>> GetSummariserAsync(long platformId, CancellationToken cancellationToken) =>
        Task.FromResult(new ResolvedProvider<ISummariser>(providerId, summariser));

    public Task<ResolvedProvider<IRecordingSource>> GetRecordingSourceAsync(long platformId, CancellationToken cancellationToken) => throw Unused();

    public Task<ResolvedProvider<IMediaStore>> GetMediaStoreAsync(long platformId, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<ResolvedProvider<ITranscriptionEngine>>> GetTranscriptionEnginesAsync(long platformId, CancellationToken cancellationToken) => throw Unused();

    public Task<ResolvedProvider<ITranslator>?> GetTranslatorAsync(long platformId, CancellationToken cancellationToken) => throw Unused();

    public Task<INotifier> GetNotifierAsync(long platformId, string providerId, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("The Recap stage uses only the summariser.");
}

/// <summary>A summariser that fails as a broken model endpoint would.</summary>
internal sealed class FailingSummariser : ISummariser
{
    public Task<Recap> SummariseAsync(SummaryRequest request, IProgress<double> progress, CancellationToken cancellationToken) =>
        throw new HttpRequestException("The chat endpoint answered 502 Bad Gateway.");
}
