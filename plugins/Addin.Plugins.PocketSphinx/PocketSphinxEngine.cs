using System.ComponentModel;
using System.Diagnostics;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.PocketSphinx;

/// <summary>
/// Runs <c>pocketsphinx_continuous</c> over the host's 16 kHz speech WAV and reads the words with their timings as
/// it prints them, utterance by utterance (which is also the progress). Cancelling kills the process.
/// </summary>
internal sealed class PocketSphinxEngine(string providerId, PocketSphinxSettings settings) : ITranscriptionEngine
{
    private const string Install = "install Debian's pocketsphinx and pocketsphinx-en-us packages (apt-get install pocketsphinx pocketsphinx-en-us)";

    /// <summary>Audio only, and English only: the only model Debian packages.</summary>
    public bool CanTranscribe(TranscriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.AudioPath is not null
               && (string.IsNullOrWhiteSpace(request.Language) || request.Language.Split('-')[0].Equals("en", StringComparison.OrdinalIgnoreCase));
    }

    public async Task<Transcript> TranscribeAsync(TranscriptionRequest request, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        string audio = request.AudioPath ?? throw new ArgumentException("The request has no audio.", nameof(request));
        var duration = SpeechWav.Check(audio);
        using var process = Start(audio);
        try
        {
            var errors = ErrorLinesAsync(process.StandardError);
            var words = new List<TranscriptWord>();
            while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                if (SphinxWordLine.TryParse(line, out var heard, out var word))
                {
                    words.AddRange(word is null ? [] : [word]);
                    progress.Report(Math.Min(1, heard / duration));
                }
            }

            await process.WaitForExitAsync(cancellationToken);
            var problems = await errors;
            if (process.ExitCode != 0)
            {
                throw new TranscriptionException(
                    $"PocketSphinx stopped with exit code {process.ExitCode} on '{Path.GetFileName(audio)}': {(problems.Count > 0 ? string.Join(" ", problems) : "it gave no reason")}.");
            }

            progress.Report(1);
            return new Transcript
            {
                Segments = WordSegments.Group(words, settings.SegmentPause, settings.MaxSegmentDuration),
                Language = string.IsNullOrWhiteSpace(request.Language) ? "en" : request.Language,
                EngineId = providerId,
            };
        }
        finally
        {
            // Cancelled or failed: the decoder must not go on using a CPU for nobody. Waiting makes it so on return.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }

    private Process Start(string audio)
    {
        string model = settings.ModelDirectory;
        string[] parts = [Path.Combine(model, "en-us", "mdef"), Path.Combine(model, "en-us.lm.bin"), Path.Combine(model, "cmudict-en-us.dict")];
        if (parts.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            throw new TranscriptionException($"The PocketSphinx model is missing ({missing} does not exist): {Install}, or set modelDirectory to the folder holding en-us/, en-us.lm.bin and cmudict-en-us.dict.");
        }

        var start = new ProcessStartInfo(settings.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["-infile", audio, "-time", "yes", "-hmm", Path.Combine(model, "en-us"), "-lm", parts[1], "-dict", parts[2]])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new TranscriptionException($"PocketSphinx ({settings.Executable}) did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new TranscriptionException($"PocketSphinx cannot run ({settings.Executable}: {ex.Message}): {Install}, or set executable to pocketsphinx_continuous.", ex);
        }
    }

    /// <summary>Reads standard error to the end (it logs hundreds of lines) and keeps what it says went wrong.</summary>
    private static async Task<IReadOnlyList<string>> ErrorLinesAsync(StreamReader error)
    {
        var problems = new List<string>();
        while (await error.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("ERROR:", StringComparison.Ordinal) || line.StartsWith("FATAL:", StringComparison.Ordinal))
            {
                problems.Add(line);
            }
        }

        return problems;
    }
}
