using System.Text;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Core.Transcripts;
using Addin.Media.Processing;
using Addin.Sdk.Captions;
using Addin.Sdk.Recordings;
using Addin.Sdk.Storage;
using Addin.Sdk.Transcription;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline.Stages;

/// <summary>
/// Produces the transcript with the platform's engines, in order (the transcript that came with the recording first),
/// and writes the captions. A transcript that cannot be made is reported; the recording still becomes playable.
/// </summary>
public sealed class TranscriptStage(AddinDbContext db, IPlatformProviders providers, IMediaProcessor processor, TimeProvider time) : IPipelineStage
{
    private const string SpeechAudioFile = "speech-16k.wav";

    public PipelineStage Stage => PipelineStage.Transcript;

    public async Task RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recording = context.Recording;
        var store = (await providers.GetMediaStoreAsync(context.PlatformId, cancellationToken)).Provider;
        var engines = await providers.GetTranscriptionEnginesAsync(context.PlatformId, cancellationToken);
        var request = new TranscriptionRequest
        {
            Duration = recording.Duration ?? TimeSpan.Zero,
            SourceTranscript = await ReadSourceTranscriptAsync(store, recording, cancellationToken),
            Vocabulary = CourseVocabulary.Split(await db.Courses.Where(c => c.Id == recording.CourseId).Select(c => c.Vocabulary).SingleAsync(cancellationToken)),
        };

        var engine = engines.FirstOrDefault(e => e.Provider.CanTranscribe(request));
        if (engine is null)
        {
            // Extracting the audio costs a full decode: only when an engine would take it.
            var withAudio = request with { AudioPath = Path.Combine(context.ScratchDirectory, SpeechAudioFile) };
            engine = engines.FirstOrDefault(e => e.Provider.CanTranscribe(withAudio));
            if (engine is not null)
            {
                request = withAudio;
                await ExtractAudioAsync(context, store, withAudio.AudioPath, cancellationToken);
            }
        }

        if (engine is null)
        {
            context.Warn(engines.Count == 0
                ? "No transcript: this platform has no transcription engine configured."
                : $"No transcript: no transcript came with the recording, and none of this platform's engines ({string.Join(", ", engines.Select(e => e.ProviderId))}) can make one from the audio.");
            return;
        }

        Transcript transcript;
        try
        {
            transcript = await engine.Provider.TranscribeAsync(request, context.Progress, cancellationToken);
        }
        catch (TranscriptionException ex)
        {
            context.Warn($"No transcript: {ex.Message} The recording can still be played.");
            return;
        }

        foreach (string warning in transcript.Warnings)
        {
            context.Warn($"Transcript: {warning}");
        }

        await SaveTranscriptAsync(recording, transcript, cancellationToken);
        await SaveCaptionsAsync(recording, store, transcript, cancellationToken);
        context.Info($"Transcript by {engine.ProviderId}: {transcript.Segments.Count} lines, {transcript.Speakers.Count} speakers.");
    }

    private static async Task<TranscriptFile?> ReadSourceTranscriptAsync(IMediaStore store, Recording recording, CancellationToken cancellationToken)
    {
        if (recording.SourceTranscriptKey is not { } key)
        {
            return null;
        }

        await using var stream = await store.OpenReadAsync(key, cancellationToken)
                                 ?? throw new PipelineStageException($"The stored transcript '{key}' is missing from the media store.", isPermanent: false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new TranscriptFile
        {
            Format = Path.GetExtension(key).TrimStart('.'),
            Content = await reader.ReadToEndAsync(cancellationToken),
            Origin = $"the transcript of '{recording.OriginalFileName}'",
        };
    }

    private async Task ExtractAudioAsync(StageContext context, IMediaStore store, string wav, CancellationToken cancellationToken)
    {
        if (File.Exists(wav))
        {
            return;
        }

        Directory.CreateDirectory(context.ScratchDirectory);
        string media = await MediaWorkspace.GetLocalPathAsync(store, context.Recording.MediaKey!, context.ScratchDirectory, cancellationToken);
        string partial = Path.Combine(context.ScratchDirectory, "speech-16k.part.wav");
        await processor.ExtractSpeechAudioAsync(media, partial, context.Recording.Duration ?? TimeSpan.Zero, null, cancellationToken);
        File.Move(partial, wav, overwrite: true);
    }

    private async Task SaveTranscriptAsync(Recording recording, Transcript transcript, CancellationToken cancellationToken)
    {
        await db.Transcripts.Where(t => t.RecordingId == recording.Id).ExecuteDeleteAsync(cancellationToken);
        var record = new TranscriptRecord
        {
            RecordingId = recording.Id,
            EngineId = transcript.EngineId,
            Language = transcript.Language,
            CreatedAt = time.GetUtcNow(),
        };
        int index = 0;
        foreach (var segment in transcript.Segments)
        {
            record.Lines.Add(new TranscriptLine
            {
                Index = index++,
                StartMs = (long)segment.Start.TotalMilliseconds,
                EndMs = (long)segment.End.TotalMilliseconds,
                Speaker = segment.Speaker,
                Text = segment.Text,
            });
        }

        db.Transcripts.Add(record);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SaveCaptionsAsync(Recording recording, IMediaStore store, Transcript transcript, CancellationToken cancellationToken)
    {
        string key = MediaKeys.Captions(recording.Id);
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(WebVttWriter.Write(transcript.Segments)));
        await store.PutAsync(key, content, "text/vtt", null, cancellationToken);
        recording.CaptionsKey = key;
    }
}
