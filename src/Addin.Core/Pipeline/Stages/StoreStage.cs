using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Sdk.Recordings;
using Addin.Sdk.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Core.Pipeline.Stages;

/// <summary>
/// Streams the recording from its source into the media store, checksums it on the way, and claims the content for
/// its course: the same content imported twice is a duplicate, and the second copy is removed again.
/// </summary>
public sealed class StoreStage(AddinDbContext db, IPlatformProviders providers, IOptions<PipelineOptions> options) : IPipelineStage
{
    public PipelineStage Stage => PipelineStage.Store;

    public async Task RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recording = context.Recording;
        var source = (await providers.GetRecordingSourceAsync(context.PlatformId, cancellationToken)).Provider;
        var store = (await providers.GetMediaStoreAsync(context.PlatformId, cancellationToken)).Provider;
        var reference = context.Reference;

        if (recording.MediaKey is null || recording.Sha256 is null || await store.GetInfoAsync(recording.MediaKey, cancellationToken) is null)
        {
            await CopyMediaAsync(context, source, store, reference, cancellationToken);
        }

        if (await IsDuplicateAsync(recording, cancellationToken) is { } original)
        {
            await store.DeleteAsync(recording.MediaKey!, cancellationToken);
            recording.MediaKey = null;
            recording.DuplicateOfId = original.Id;
            context.End(RecordingStatus.Duplicate,
                $"'{recording.OriginalFileName}' has the same content as '{original.Title}' (recording {original.Id}, imported {original.CreatedAt:yyyy-MM-dd HH:mm} UTC). Nothing new was created.");
            return;
        }

        if (recording.SourceTranscriptKey is null)
        {
            await CopyTranscriptAsync(context, source, store, reference, cancellationToken);
        }
    }

    private async Task CopyMediaAsync(StageContext context, IRecordingSource source, IMediaStore store, RecordingReference reference, CancellationToken cancellationToken)
    {
        var recording = context.Recording;
        long max = options.Value.MaxRecordingBytes;
        await using var media = await source.OpenMediaAsync(reference, cancellationToken);
        SizeLimit.Check(reference.FileName, media.Length, max);
        long? expected = media.Length ?? reference.Length;
        string key = MediaKeys.Original(recording.Id, Path.GetExtension(reference.FileName).ToLowerInvariant());
        await using var counted = new LimitedHashingStream(media.Content, max, read => SizeLimit.TooLarge(reference.FileName, read, max));
        var progress = new Progress<long>(bytes =>
        {
            if (expected is > 0)
            {
                context.Progress.Report(Math.Min(1, (double)bytes / expected.Value));
            }
        });
        var stored = await store.PutAsync(key, counted, ContentTypes.ForMedia(reference), progress, cancellationToken);
        if (stored.Length == 0)
        {
            await store.DeleteAsync(key, cancellationToken);
            throw new PipelineStageException(
                $"'{reference.FileName}' is empty (0 bytes). The recording was probably not finished when it was copied; copy it again.",
                isPermanent: true);
        }

        recording.MediaKey = key;
        recording.Sha256 = counted.HashHex();
        recording.SizeBytes = stored.Length;
        recording.ContentType = stored.ContentType;
        context.Info($"Stored {ByteSize.Format(stored.Length)} (SHA-256 {recording.Sha256[..12]}…).");
    }

    private async Task<Recording?> IsDuplicateAsync(Recording recording, CancellationToken cancellationToken)
    {
        if (recording.ContentClaim == recording.Sha256)
        {
            return null;
        }

        var original = await FindOwnerAsync(recording, cancellationToken);
        if (original is not null)
        {
            return original;
        }

        recording.ContentClaim = recording.Sha256;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another import of the same content claimed it first.
            recording.ContentClaim = null;
            return await FindOwnerAsync(recording, cancellationToken)
                   ?? throw new PipelineStageException("Could not record the recording's checksum; will retry.", isPermanent: false);
        }
    }

    private Task<Recording?> FindOwnerAsync(Recording recording, CancellationToken cancellationToken) =>
        db.Recordings.AsNoTracking().FirstOrDefaultAsync(
            r => r.CourseId == recording.CourseId && r.ContentClaim == recording.Sha256 && r.Id != recording.Id,
            cancellationToken);

    private static async Task CopyTranscriptAsync(StageContext context, IRecordingSource source, IMediaStore store, RecordingReference reference, CancellationToken cancellationToken)
    {
        var transcript = await source.OpenTranscriptAsync(reference, cancellationToken);
        if (transcript is null)
        {
            return;
        }

        string format = transcript.Format.ToLowerInvariant() is "srt" ? "srt" : "vtt";
        string key = MediaKeys.SourceTranscript(context.Recording.Id, format);
        await using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(transcript.Content));
        await store.PutAsync(key, content, format == "srt" ? "application/x-subrip" : "text/vtt", null, cancellationToken);
        context.Recording.SourceTranscriptKey = key;
        context.Info($"Kept the transcript that came with it ({transcript.Origin}).");
    }
}
