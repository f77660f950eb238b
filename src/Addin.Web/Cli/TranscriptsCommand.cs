using Addin.Media;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Addin.Sdk.Captions;
using Addin.Sdk.Transcription;
using Addin.Web.Plugins;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin transcripts wer &lt;audio&gt; &lt;reference.txt|.vtt&gt; [--engine ID]...</c>: runs each engine named (default:
/// every installed one), with its configured settings, over a recording's speech extracted as the pipeline does, and
/// reports each one's word error rate against a reference and its real-time factor.
/// </summary>
internal static class TranscriptsCommand
{
    public static async Task<int> WerAsync(string[] args, string audio, string reference, TextWriter output, CancellationToken cancellationToken)
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
        var providers = app.Services.GetRequiredService<PlatformProviders>();
        var asked = EngineIds(args);
        string scratch = Path.Combine(Path.GetTempPath(), "addin-wer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            string wav = Path.Combine(scratch, "speech-16k.wav");
            try
            {
                await app.Services.GetRequiredService<IMediaProcessor>().ExtractSpeechAudioAsync(audio, wav, TimeSpan.Zero, null, cancellationToken);
            }
            catch (MediaProcessingException ex)
            {
                await output.WriteLineAsync($"No speech could be read from {audio}: {ex.Message}");
                return 1;
            }

            var duration = (await app.Services.GetRequiredService<IMediaProber>().ProbeAsync(wav, cancellationToken)).Duration;
            var request = new TranscriptionRequest { AudioPath = wav, Duration = duration };
            var measure = new EngineMeasurement(app.Services.GetRequiredService<TimeProvider>(), audio, referenceText, request, output);
            int measured = 0;
            foreach (string id in asked.Count > 0 ? asked : providers.InstalledTranscriptionEngineIds)
            {
                measured += await measure.RunAsync(id, providers, cancellationToken) ? 1 : 0;
            }

            // Asked for by name, every engine must work; otherwise those that cannot run here are only listed.
            return (asked.Count > 0 ? measured == asked.Count : measured > 0) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Each <c>--engine ID</c> given, in order (the option may be repeated).</summary>
    private static List<string> EngineIds(string[] args) =>
        args.Zip(args.Skip(1)).Where(p => p.First == "--engine").Select(p => p.Second).Distinct(StringComparer.Ordinal).ToList();

    private static async Task<string> ReadReferenceAsync(string path, CancellationToken cancellationToken)
    {
        string text = await File.ReadAllTextAsync(path, cancellationToken);
        return Path.GetExtension(path).Equals(".vtt", StringComparison.OrdinalIgnoreCase)
            ? string.Join(' ', WebVttParser.Parse(text).Segments.Select(s => s.Text))
            : text;
    }
}
