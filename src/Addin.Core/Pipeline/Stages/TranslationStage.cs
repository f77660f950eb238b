using System.Text;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Sdk.Captions;
using Addin.Sdk.Storage;
using Addin.Sdk.Transcription;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline.Stages;

/// <summary>
/// Translates the stored transcript into each of the course's caption languages with the platform's translator and
/// stores one WebVTT track per language beside the captions, with the original cue timings and speakers. A language that
/// cannot be translated is reported and left out; the recording and its captions in the source language never depend on it.
/// </summary>
public sealed class TranslationStage(AddinDbContext db, IPlatformProviders providers) : IPipelineStage
{
    public PipelineStage Stage => PipelineStage.Translations;

    public async Task RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recording = context.Recording;
        var languages = CaptionTranslationLanguages.Split(
            await db.Courses.Where(c => c.Id == recording.CourseId).Select(c => c.CaptionLanguages).SingleAsync(cancellationToken));
        var store = (await providers.GetMediaStoreAsync(context.PlatformId, cancellationToken)).Provider;
        var made = languages.Count == 0 ? [] : await TranslateAsync(context, languages, store, cancellationToken);
        await ForgetOtherTracksAsync(recording, made, store, cancellationToken);
        recording.CaptionTranslations = CaptionTranslationLanguages.Join(made);
    }

    private async Task<List<string>> TranslateAsync(StageContext context, IReadOnlyList<string> languages, IMediaStore store, CancellationToken cancellationToken)
    {
        var recording = context.Recording;
        var transcript = await db.Transcripts.AsNoTracking().Where(t => t.RecordingId == recording.Id)
            .Select(t => new { t.Language, Lines = t.Lines.OrderBy(l => l.Index).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (transcript is null || transcript.Lines.Count == 0)
        {
            context.Info("No translated captions: the recording has no transcript.");
            return [];
        }

        ResolvedProvider<Sdk.Translation.ITranslator>? translator;
        try
        {
            translator = await providers.GetTranslatorAsync(context.PlatformId, cancellationToken);
        }
        catch (ProviderUnavailableException ex)
        {
            context.Warn($"No translated captions: {ex.Message}");
            return [];
        }

        if (translator is null)
        {
            context.Warn("No translated captions: the course asks for them, but this platform has no translator (choose one for the platform or set Addin:Providers:Translator).");
            return [];
        }

        var segments = transcript.Lines
            .Select(l => new TranscriptSegment { Start = TimeSpan.FromMilliseconds(l.StartMs), End = TimeSpan.FromMilliseconds(l.EndMs), Speaker = l.Speaker, Text = l.Text })
            .ToList();
        var texts = segments.Select(s => s.Text).ToList();
        string from = transcript.Language ?? "";
        var made = new List<string>();
        for (int i = 0; i < languages.Count; i++)
        {
            string language = languages[i];
            string name = CaptionTranslationLanguages.Name(language);
            if (SameLanguage(from, language))
            {
                context.Info($"No {name} translation: the captions are in {name} already.");
            }
            else if (await TranslateOneAsync(context, translator, segments, texts, from, language, store, cancellationToken) is { } problem)
            {
                context.Warn($"No {name} captions: {problem} The captions in the recording's own language are unaffected.");
            }
            else
            {
                made.Add(language);
            }

            context.Progress.Report((i + 1) / (double)languages.Count);
        }

        if (made.Count > 0)
        {
            context.Info($"Captions translated by {translator.ProviderId} into {string.Join(", ", made.Select(CaptionTranslationLanguages.Name))}.");
        }

        return made;
    }

    /// <summary>Stores one language's track; returns why it could not be made, or null.</summary>
    private static async Task<string?> TranslateOneAsync(
        StageContext context, ResolvedProvider<Sdk.Translation.ITranslator> translator, List<TranscriptSegment> segments, List<string> texts,
        string from, string language, IMediaStore store, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> translated;
        try
        {
            translated = await translator.Provider.TranslateAsync(texts, from, language, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever a translator throws (its endpoint down, its answers unusable) costs this language only.
            return $"{translator.ProviderId} failed: {ex.Message}";
        }

        if (translated.Count != segments.Count)
        {
            return $"{translator.ProviderId} gave {translated.Count} lines for the {segments.Count} of the transcript.";
        }

        string vtt = WebVttWriter.Write(segments.Select((s, k) => s with { Text = translated[k] }));
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(vtt));
        await store.PutAsync(MediaKeys.TranslatedCaptions(context.Recording.Id, language), content, "text/vtt", null, cancellationToken);
        return null;
    }

    /// <summary>Removes tracks of an earlier run that this one did not make again (a language dropped or failed this time).</summary>
    private static async Task ForgetOtherTracksAsync(Recording recording, IReadOnlyList<string> made, IMediaStore store, CancellationToken cancellationToken)
    {
        foreach (string stale in recording.TranslatedCaptionLanguages.Except(made, StringComparer.Ordinal))
        {
            await store.DeleteAsync(MediaKeys.TranslatedCaptions(recording.Id, stale), cancellationToken);
        }
    }

    private static bool SameLanguage(string from, string to) =>
        from.Length > 0 && string.Equals(from.Split('-')[0], to.Split('-')[0], StringComparison.OrdinalIgnoreCase) && !to.Contains('-', StringComparison.Ordinal);
}
