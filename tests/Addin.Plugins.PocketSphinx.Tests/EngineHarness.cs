using Addin.Sdk.Transcription;
using Addin.Testing;

namespace Addin.Plugins.PocketSphinx.Tests;

/// <summary>The engine as the host creates it (factory and settings JSON), with a folder for the audio it is given.</summary>
internal sealed class EngineHarness : IDisposable
{
    public EngineHarness(string settingsJson = "{}") =>
        Engine = new PocketSphinxFactory().Create(TestProviderContext.Create("pocketsphinx", Folder.Path, settingsJson));

    public TempDirectory Folder { get; } = new();

    public ITranscriptionEngine Engine { get; }

    public Task<Transcript> TranscribeAsync(string audioPath, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        Engine.TranscribeAsync(new TranscriptionRequest { AudioPath = audioPath, Duration = TimeSpan.Zero }, progress ?? new Progress<double>(), cancellationToken);

    public void Dispose() => Folder.Dispose();
}
