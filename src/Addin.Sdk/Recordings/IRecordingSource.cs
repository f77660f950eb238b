namespace Addin.Sdk.Recordings;

/// <summary>
/// Where recordings come from. The host asks the source what is new (polling with a cursor), opens the media and
/// transcript of each recording it has not yet imported, and tells the source how the import ended.
/// </summary>
/// <remarks>
/// Sources that are notified by the remote service also implement <see cref="IWebhookRecordingSource"/>; sources that
/// accept files from users implement <see cref="IUploadRecordingSource"/>. Every method may be called again for the same
/// recording after a crash: the host de-duplicates by <see cref="RecordingReference.ExternalId"/>.
/// </remarks>
public interface IRecordingSource
{
    /// <summary>Lists recordings that appeared since <paramref name="cursor"/> (null the first time).</summary>
    /// <param name="scope">The courses the platform has, with the external ids the source may know them by.</param>
    /// <param name="cursor">The <see cref="DiscoveryPage.NextCursor"/> of the previous call, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<DiscoveryPage> DiscoverAsync(SourceScope scope, string? cursor, CancellationToken cancellationToken);

    /// <summary>Opens the recording's media for reading. The host streams it into the media store.</summary>
    Task<SourceMedia> OpenMediaAsync(RecordingReference recording, CancellationToken cancellationToken);

    /// <summary>Opens the transcript that came with the recording, or returns null when there is none (yet).</summary>
    Task<TranscriptFile?> OpenTranscriptAsync(RecordingReference recording, CancellationToken cancellationToken);

    /// <summary>Told once the host has imported the recording, refused it, or found it to be a duplicate.</summary>
    /// <param name="recording">The recording.</param>
    /// <param name="outcome">How the import ended.</param>
    /// <param name="detail">Why, in words a person can act on (for example why it was refused); null when imported.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task CompleteAsync(RecordingReference recording, ImportOutcome outcome, string? detail, CancellationToken cancellationToken);
}
