using System.Globalization;
using Addin.Plugins.OpenAiTranscription.Api;
using Addin.Plugins.OpenAiTranscription.Audio;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.OpenAiTranscription;

/// <summary>Transcribes the host's 16 kHz speech WAV with an OpenAI-compatible service, piece by piece for long audio.</summary>
internal sealed class OpenAiTranscriptionEngine(string providerId, OpenAiTranscriptionSettings settings, TranscriptionsApi api) : ITranscriptionEngine
{
    /// <summary>OpenAI reads only the last 224 tokens of a prompt; about this many characters.</summary>
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
        using var wav = PcmWav.Open(request.AudioPath ?? throw new ArgumentException("The request has no audio.", nameof(request)));
        if (wav.SampleCount == 0)
        {
            throw new TranscriptionException("The recording's speech audio is empty: there is nothing to transcribe.");
        }

        long maxSamples = Math.Min((long)(settings.MaxChunkDuration.TotalSeconds * wav.SampleRate), (settings.MaxChunkBytes - PcmWav.HeaderBytes) / 2);
        var plan = SilenceSplitter.Plan(wav, maxSamples, (long)(settings.Overlap.TotalSeconds * wav.SampleRate));
        string? language = Iso639(request.Language ?? settings.Language);
        string? prompt = Prompt(request.Vocabulary);

        var pieces = new List<PieceTranscript>(plan.Count);
        string? detected = null;
        for (int i = 0; i < plan.Count; i++)
        {
            var (start, end) = (wav.TimeOf(plan[i].Start), wav.TimeOf(plan[i].End));
            var answer = await api.TranscribeAsync(wav.Slice(plan[i].Start, plan[i].End), $"speech-{i + 1:000}.wav", language, prompt, cancellationToken);
            detected ??= answer.Language;
            pieces.Add(new PieceTranscript(start, end, answer.Segments!
                .Where(s => !string.IsNullOrWhiteSpace(s.Text))
                .Select(s => new TranscriptSegment
                {
                    Start = start + TimeSpan.FromSeconds(Math.Max(0, s.Start)),
                    End = start + TimeSpan.FromSeconds(Math.Max(s.Start, s.End)),
                    Text = s.Text!.Trim(),
                    Confidence = s.AverageLogProbability is { } logProbability ? Math.Clamp(Math.Exp(logProbability), 0, 1) : null,
                })
                .ToList()));
            progress.Report((i + 1) / (double)plan.Count);
        }

        return new Transcript
        {
            Segments = SeamJoiner.Join(pieces),
            Language = request.Language ?? settings.Language ?? LanguageCode(detected),
            EngineId = providerId,
        };
    }

    /// <summary>The API takes ISO 639-1 ("en"), not a full BCP 47 tag ("en-GB").</summary>
    private static string? Iso639(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Split('-')[0].ToLowerInvariant();

    private static string? Prompt(IReadOnlyList<string> vocabulary)
    {
        var terms = vocabulary.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        while (terms.Count > 1 && string.Join(", ", terms).Length > MaxPromptLength)
        {
            terms.RemoveAt(terms.Count - 1);
        }

        return terms.Count == 0 ? null : string.Join(", ", terms);
    }

    /// <summary>OpenAI reports the detected language by name ("english"); other servers by code ("en").</summary>
    private static string? LanguageCode(string? detected)
    {
        if (string.IsNullOrWhiteSpace(detected))
        {
            return null;
        }

        if (detected.Length <= 3)
        {
            return detected.ToLowerInvariant();
        }

        return CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .FirstOrDefault(c => string.Equals(c.EnglishName, detected, StringComparison.OrdinalIgnoreCase))?.TwoLetterISOLanguageName;
    }
}
