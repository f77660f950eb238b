using Addin.Sdk.Notifications;
using Addin.Sdk.Recordings;
using Addin.Sdk.Storage;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Sdk.Translation;

namespace Addin.Core.Providers;

/// <summary>The providers a platform chose for each kind, created from their plugins with the platform's settings.</summary>
public interface IPlatformProviders
{
    /// <summary>The platform's recording source.</summary>
    /// <exception cref="ProviderUnavailableException">The provider is not configured, not loaded or its settings are invalid.</exception>
    Task<ResolvedProvider<IRecordingSource>> GetRecordingSourceAsync(long platformId, CancellationToken cancellationToken);

    /// <summary>The platform's media store.</summary>
    /// <exception cref="ProviderUnavailableException">The provider is not configured, not loaded or its settings are invalid.</exception>
    Task<ResolvedProvider<IMediaStore>> GetMediaStoreAsync(long platformId, CancellationToken cancellationToken);

    /// <summary>The platform's transcription engines, in the order to try them.</summary>
    Task<IReadOnlyList<ResolvedProvider<ITranscriptionEngine>>> GetTranscriptionEnginesAsync(long platformId, CancellationToken cancellationToken);

    /// <summary>The platform's summariser (the local summariser unless the platform or configuration chose another).</summary>
    /// <exception cref="ProviderUnavailableException">The provider is not configured, not loaded or its settings are invalid.</exception>
    Task<ResolvedProvider<ISummariser>> GetSummariserAsync(long platformId, CancellationToken cancellationToken);

    /// <summary>The platform's translator for captions, or null when neither the platform nor configuration chose one.</summary>
    /// <exception cref="ProviderUnavailableException">The chosen provider is not loaded or its settings are invalid.</exception>
    Task<ResolvedProvider<ITranslator>?> GetTranslatorAsync(long platformId, CancellationToken cancellationToken);

    /// <summary>The platform's notifier with this id (the platform's own choice, or the configured one).</summary>
    /// <exception cref="ProviderUnavailableException">No such notifier is configured or loaded, or its settings are invalid.</exception>
    Task<INotifier> GetNotifierAsync(long platformId, string providerId, CancellationToken cancellationToken);
}

/// <summary>A provider, with the id it was chosen by.</summary>
public sealed record ResolvedProvider<T>(string ProviderId, T Provider);

/// <summary>A platform's provider for a kind cannot be used. The message names the platform, the provider and the fix.</summary>
public sealed class ProviderUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
