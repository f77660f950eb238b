using System.Globalization;
using Addin.Core.Transcripts;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Addin.Sdk.Captions;
using Addin.Sdk.Transcription;
using Addin.Web.Plugins;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin transcripts wer &lt;audio&gt; &lt;reference.txt|.vtt&gt; [--engine ID]</c>: runs a transcription engine (with its
/// configured settings) over a recording's speech, extracted as the pipeline does, and reports the word error rate
/// against a reference and the real-time factor.
/// </summary>
internal static class TranscriptsCommand
{
    public static async Task<int> WerAsync(string[] args, string audio, string reference, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (string file in new[] { audio, reference }.Where(f => !File.Exists(f)))
        {
            await output.WriteLineAsync($"{Path.GetFullPath(file)} does not exist.");
            return 1;
        }

        string referenceText;
        try
        {
            referenceText = await ReadReferenceAsync(reference, cancellationToken);
        }
        catch (CaptionFormatException ex)
        {
            await output.WriteLineAsync($"{reference} is not a WebVTT file ({ex.Message}); give a .vtt or a plain text reference.");
            return 1;
        }

        await using var app = await CliHost.StartWithPluginsAsync(args, cancellationToken);
        var time = app.Services.GetRequiredService<TimeProvider>();
        string scratch = Path.Combine(Path.GetTempPath(), "addin-wer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            string wav = Path.Combine(scratch, "speech-16k.wav");
            await app.Services.GetRequiredService<IMediaProcessor>().ExtractSpeechAudioAsync(audio, wav, TimeSpan.Zero, null, cancellationToken);
            var duration = (await app.Services.GetRequiredService<IMediaProber>().ProbeAsync(wav, cancellationToken)).Duration;
            var request = new TranscriptionRequest { AudioPath = wav, Duration = duration };
            var (engineId, engine, problem) = PickEngine(app.Services.GetRequiredService<PlatformProviders>(), options["engine"], request);
            if (engine is null)
            {
                await output.WriteLineAsync(problem);
                return 1;
            }

            long started = time.GetTimestamp();
            var transcript = await engine.TranscribeAsync(request, new Progress<double>(), cancellationToken);
            var elapsed = time.GetElapsedTime(started);
            await ReportAsync(output, engineId, audio, duration, elapsed, WordErrorRate.Compute(referenceText, string.Join(' ', transcript.Segments.Select(s => s.Text))));
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Engines are plugin code and may throw anything; the message is what a person can act on.
            await output.WriteLineAsync($"No transcript: {ex.Message}");
            return 1;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<string> ReadReferenceAsync(string path, CancellationToken cancellationToken)
    {
        string text = await File.ReadAllTextAsync(path, cancellationToken);
        return Path.GetExtension(path).Equals(".vtt", StringComparison.OrdinalIgnoreCase)
            ? string.Join(' ', WebVttParser.Parse(text).Segments.Select(s => s.Text))
            : text;
    }

    /// <summary>The engine asked for, or the first configured one that transcribes audio.</summary>
    private static (string Id, ITranscriptionEngine? Engine, string Problem) PickEngine(PlatformProviders providers, string? asked, TranscriptionRequest request)
    {
        var candidates = asked is null ? providers.ConfiguredTranscriptionEngineIds : [asked];
        foreach (string id in candidates)
        {
            var engine = providers.CreateConfiguredTranscriptionEngine(id);
            if (engine.CanTranscribe(request))
            {
                return (id, engine, "");
            }
        }

        return ("", null, asked is null
            ? $"None of the configured engines ({string.Join(", ", candidates)}) transcribes audio. Pick one with --engine ID (see ./addin plugins list)."
            : $"The engine '{asked}' does not transcribe audio (it needs something else, such as a transcript that came with the recording).");
    }

    private static async Task ReportAsync(TextWriter output, string engineId, string audio, TimeSpan duration, TimeSpan elapsed, WordErrorRate wer)
    {
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync($"Engine:           {engineId}");
        await output.WriteLineAsync(string.Create(c, $"Audio:            {Path.GetFileName(audio)}, {duration.TotalSeconds:0.0} s"));
        await output.WriteLineAsync(string.Create(c, $"Words:            {wer.ReferenceWords} in the reference, {wer.HypothesisWords} in the transcript"));
        await output.WriteLineAsync(string.Create(c, $"WER:              {wer.Rate * 100:0.0}% ({wer.Substitutions} substitutions, {wer.Deletions} deletions, {wer.Insertions} insertions)"));
        double factor = duration > TimeSpan.Zero ? elapsed / duration : 0;
        await output.WriteLineAsync(string.Create(c, $"Real-time factor: {factor:0.000} ({elapsed.TotalSeconds:0.00} s to transcribe {duration.TotalSeconds:0.0} s)"));
    }
}
