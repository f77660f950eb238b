using System.Globalization;
using Addin.Core.Providers;
using Addin.Core.Transcripts;
using Addin.Sdk.Transcription;
using Addin.Web.Plugins;

namespace Addin.Web.Cli;

/// <summary>
/// One engine of <c>./addin transcripts wer</c>: created with its configured settings, run over the extracted speech
/// and reported as word error rate against the reference and real-time factor, or the reason it could not run.
/// </summary>
internal sealed class EngineMeasurement(TimeProvider time, string audio, string reference, TranscriptionRequest request, TextWriter output)
{
    /// <summary>True when the engine made a transcript and it was reported.</summary>
    public async Task<bool> RunAsync(string engineId, PlatformProviders providers, CancellationToken cancellationToken)
    {
        ITranscriptionEngine engine;
        try
        {
            engine = providers.CreateConfiguredTranscriptionEngine(engineId);
        }
        catch (ProviderUnavailableException ex)
        {
            await output.WriteLineAsync($"Skipped {engineId}: {ex.Message}");
            return false;
        }

        if (!engine.CanTranscribe(request))
        {
            await output.WriteLineAsync($"Skipped {engineId}: The engine '{engineId}' does not transcribe audio (it needs something else, such as a transcript that came with the recording, or another language).");
            return false;
        }

        Transcript transcript;
        long started = time.GetTimestamp();
        try
        {
            transcript = await engine.TranscribeAsync(request, new Progress<double>(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Engines are plugin code and may throw anything; the message is what a person can act on.
            await output.WriteLineAsync($"Engine:           {engineId}");
            await output.WriteLineAsync($"No transcript: {ex.Message}");
            return false;
        }

        var elapsed = time.GetElapsedTime(started);
        await ReportAsync(engineId, elapsed, WordErrorRate.Compute(reference, string.Join(' ', transcript.Segments.Select(s => s.Text))));
        return true;
    }

    private async Task ReportAsync(string engineId, TimeSpan elapsed, WordErrorRate wer)
    {
        var c = CultureInfo.InvariantCulture;
        var duration = request.Duration;
        await output.WriteLineAsync($"Engine:           {engineId}");
        await output.WriteLineAsync(string.Create(c, $"Audio:            {Path.GetFileName(audio)}, {duration.TotalSeconds:0.0} s"));
        await output.WriteLineAsync(string.Create(c, $"Words:            {wer.ReferenceWords} in the reference, {wer.HypothesisWords} in the transcript"));
        await output.WriteLineAsync(string.Create(c, $"WER:              {wer.Rate * 100:0.0}% ({wer.Substitutions} substitutions, {wer.Deletions} deletions, {wer.Insertions} insertions)"));
        double factor = duration > TimeSpan.Zero ? elapsed / duration : 0;
        await output.WriteLineAsync(string.Create(c, $"Real-time factor: {factor:0.000} ({elapsed.TotalSeconds:0.00} s to transcribe {duration.TotalSeconds:0.0} s)"));
    }
}
