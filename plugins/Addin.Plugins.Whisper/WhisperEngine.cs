using Addin.Sdk.Transcription;
using Whisper.net;
using Whisper.net.Wave;

namespace Addin.Plugins.Whisper;

/// <summary>
/// Runs a Whisper ggml model over the host's 16 kHz speech WAV with whisper.cpp. The model is loaded for each
/// recording and released after it, so an idle host holds no model in memory.
/// </summary>
internal sealed class WhisperEngine(string providerId, string modelPath, WhisperSettings settings) : ITranscriptionEngine
{
    private const string Download = "download a ggml Whisper model (for example ggml-base.en.bin from https://huggingface.co/ggerganov/whisper.cpp) and set modelPath to it";

    /// <summary>OpenAI's Whisper reads only the last 224 tokens of a prompt; about this many characters.</summary>
    private const int MaxPromptLength = 800;

    public bool CanTranscribe(TranscriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.AudioPath is not null;
    }

    public async Task<Transcript> TranscribeAsync(TranscriptionRequest request, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        string audio = request.AudioPath ?? throw new ArgumentException("The request has no audio.", nameof(request));
        if (!File.Exists(modelPath))
        {
            throw new TranscriptionException($"The Whisper model {modelPath} (setting modelPath of {providerId}) does not exist: {Download}.");
        }

        string? language = WhisperLanguages.FromTag(request.Language) ?? WhisperLanguages.FromTag(settings.Language);
        using var factory = WhisperFactory.FromPath(modelPath);
        using var processor = Build(factory, language, request.Vocabulary, progress);
        await using var wav = File.OpenRead(audio);
        var segments = new List<TranscriptSegment>();
        string? detected = null;
        try
        {
            await foreach (var s in processor.ProcessAsync(wav, cancellationToken))
            {
                detected ??= s.Language;
                if (!string.IsNullOrWhiteSpace(s.Text))
                {
                    segments.Add(new TranscriptSegment { Start = s.Start, End = s.End, Text = s.Text.Trim(), Confidence = Math.Clamp(s.Probability, 0, 1) });
                }
            }
        }
        catch (Exception ex) when (ex is CorruptedWaveException or NotSupportedWaveException)
        {
            throw new TranscriptionException($"Whisper cannot read the audio '{Path.GetFileName(audio)}' ({ex.Message}); it needs a 16 kHz PCM WAV, which the host extracts with ffmpeg.", ex);
        }

        progress.Report(1);
        return new Transcript { Segments = segments, Language = request.Language ?? language ?? detected, EngineId = providerId };
    }

    private WhisperProcessor Build(WhisperFactory factory, string? language, IReadOnlyList<string> vocabulary, IProgress<double> progress)
    {
        try
        {
            // Whisper.net 1.9.1 reads the model file in CreateBuilder (FromPath only remembers the path).
            var builder = factory.CreateBuilder().WithProbabilities().WithProgressHandler(percent => progress.Report(percent / 100.0));
            builder = language is null ? builder.WithLanguageDetection() : builder.WithLanguage(language);
            if (settings.Threads is { } threads)
            {
                builder = builder.WithThreads(threads);
            }

            if (Prompt(vocabulary) is { } prompt)
            {
                builder = builder.WithPrompt(prompt);
            }

            return builder.Build();
        }
        catch (WhisperModelLoadException ex)
        {
            // whisper.cpp says no more than that it failed.
            throw new TranscriptionException($"The Whisper model {modelPath} (setting modelPath of {providerId}) cannot be loaded: it is not a ggml Whisper model, or it is damaged or incomplete; {Download}.", ex);
        }
    }

    private static string? Prompt(IReadOnlyList<string> vocabulary)
    {
        var terms = vocabulary.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        while (terms.Count > 1 && string.Join(", ", terms).Length > MaxPromptLength)
        {
            terms.RemoveAt(terms.Count - 1);
        }

        return terms.Count == 0 ? null : string.Join(", ", terms);
    }
}
