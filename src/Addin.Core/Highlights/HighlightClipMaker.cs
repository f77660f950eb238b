using System.Text;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Providers;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Media;
using Addin.Media.Highlights;
using Addin.Media.Probing;
using Addin.Sdk.Captions;
using Addin.Sdk.Storage;
using Addin.Sdk.Transcription;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Core.Highlights;

/// <summary>
/// Cuts a recording's highlight clip from the tagged moments of its published recap, with the captions moved onto the
/// clip's timeline, and stores both beside the recording's other media. Idempotent: a recap version already cut is
/// not cut again. A failure is written to the recording's log and thrown; the recap and its approval are untouched.
/// </summary>
public sealed class HighlightClipMaker(
    AddinDbContext db, IPlatformProviders providers, IMediaProber prober, IHighlightCutter cutter, PipelinePaths paths, IOptions<HighlightOptions> options, TimeProvider time)
{
    /// <exception cref="HighlightClipException">The clip could not be cut or stored; its message says why.</exception>
    public async Task<HighlightCutResult> CutAsync(long recordingId, CancellationToken cancellationToken)
    {
        var recording = await db.Recordings.Include(r => r.Course).SingleOrDefaultAsync(r => r.Id == recordingId, cancellationToken);
        if (recording is null || !recording.IsPlayable || recording.Duration is not { } duration)
        {
            return new HighlightCutResult(HighlightCutOutcome.NotCut, "the recording is deleted or not ready");
        }

        var recap = await db.Recaps.AsNoTracking().SingleOrDefaultAsync(r => r.RecordingId == recordingId, cancellationToken);
        if (recap is null || !recap.Status.IsPublished())
        {
            return new HighlightCutResult(HighlightCutOutcome.NotCut, "the recap is not approved");
        }

        var existing = await db.HighlightClips.SingleOrDefaultAsync(c => c.RecordingId == recordingId, cancellationToken);
        if (existing?.RecapVersion == recap.Version && recording.HighlightsKey is not null)
        {
            return new HighlightCutResult(HighlightCutOutcome.AlreadyCut, $"recap version {recap.Version} is cut already");
        }

        string json = await db.RecapVersions.Where(v => v.RecapId == recap.Id && v.Number == recap.Version).Select(v => v.RecapJson).SingleAsync(cancellationToken);
        var moments = RecapJson.Read(json).Moments;
        var store = (await providers.GetMediaStoreAsync(recording.Course!.PlatformId, cancellationToken)).Provider;
        var timeline = HighlightPlan.Plan(moments.Select(m => m.Evidence.At), duration, options.Value.ToSpec());
        if (timeline is null)
        {
            await RemoveAsync(recording, existing, store, cancellationToken);
            return new HighlightCutResult(HighlightCutOutcome.NoMoments, $"recap version {recap.Version} tags no moment inside the recording");
        }

        string folder = Path.Combine(paths.ScratchFor(recordingId), "highlights");
        try
        {
            await CutAndStoreAsync(recording, timeline, store, folder, cancellationToken);
        }
        catch (Exception ex) when (ex is MediaProcessingException or PipelineStageException)
        {
            string local = Path.GetFileName(recording.PlaybackKey ?? recording.MediaKey ?? "");
            string reason = ex.Message.Replace(local, recording.OriginalFileName, StringComparison.Ordinal);
            db.ChangeTracker.Clear();
            db.RecordingEvents.Add(new RecordingEvent
            {
                RecordingId = recordingId, Stage = PipelineStage.Recap, Severity = EventSeverity.Error, Message = $"Highlights not cut: {reason}", At = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(CancellationToken.None);
            throw new HighlightClipException($"The highlights of recording {recordingId} could not be cut: {reason}", ex);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var clip = existing ?? db.HighlightClips.Add(new HighlightClip { RecordingId = recordingId, PartsJson = "" }).Entity;
        clip.RecapVersion = recap.Version;
        clip.PartsJson = HighlightMap.Write(timeline);
        clip.DurationMs = (long)timeline.Duration.TotalMilliseconds;
        clip.MadeAt = time.GetUtcNow();
        string said = $"Highlights: {moments.Count} tagged moments in {timeline.Parts.Count} parts, {timeline.Duration:m\\:ss} in all (recap version {recap.Version}).";
        recording.Events.Add(new RecordingEvent { Stage = PipelineStage.Recap, Severity = EventSeverity.Info, Message = said, At = clip.MadeAt });
        await db.SaveChangesAsync(cancellationToken);
        return new HighlightCutResult(HighlightCutOutcome.Cut, said);
    }

    private async Task CutAndStoreAsync(Recording recording, ClipTimeline timeline, IMediaStore store, string folder, CancellationToken cancellationToken)
    {
        string sourceKey = recording.PlaybackKey ?? recording.MediaKey!;
        // The copy keeps the stored name, which a failure's message names and the log replaces with the uploaded one.
        string source = await MediaWorkspace.GetLocalPathAsync(store, sourceKey, folder, Path.GetFileName(sourceKey), cancellationToken);
        var probe = await prober.ProbeAsync(source, cancellationToken);
        string clipFile = Path.Combine(folder, "highlights.mp4");
        await cutter.CutAsync(source, probe, timeline, clipFile, null, cancellationToken);

        var cues = await db.TranscriptLines.AsNoTracking()
            .Where(l => l.TranscriptId == db.Transcripts.Where(t => t.RecordingId == recording.Id).OrderByDescending(t => t.Id).Select(t => t.Id).FirstOrDefault())
            .OrderBy(l => l.Index)
            .Select(l => new TranscriptSegment { Start = TimeSpan.FromMilliseconds(l.StartMs), End = TimeSpan.FromMilliseconds(l.EndMs), Text = l.Text, Speaker = l.Speaker })
            .ToListAsync(cancellationToken);
        // Each cue keeps its words and speaker and moves onto the clip's timeline, cut where a part starts or ends.
        var shifted = cues.SelectMany(c => timeline.Cut(c.Start, c.End).Select(piece => c with { Start = piece.Start, End = piece.End })).OrderBy(c => c.Start).ToList();

        await using (var content = File.OpenRead(clipFile))
        {
            await store.PutAsync(MediaKeys.Highlights(recording.Id), content, "video/mp4", null, cancellationToken);
        }

        recording.HighlightsKey = MediaKeys.Highlights(recording.Id);
        if (shifted.Count > 0)
        {
            await using var captions = new MemoryStream(Encoding.UTF8.GetBytes(WebVttWriter.Write(shifted)));
            await store.PutAsync(MediaKeys.HighlightCaptions(recording.Id), captions, "text/vtt", null, cancellationToken);
            recording.HighlightCaptionsKey = MediaKeys.HighlightCaptions(recording.Id);
        }
    }

    // An edit that removed every moment leaves nothing to highlight: the old clip must not keep showing them.
    private async Task RemoveAsync(Recording recording, HighlightClip? existing, IMediaStore store, CancellationToken cancellationToken)
    {
        string?[] keys = [recording.HighlightsKey, recording.HighlightCaptionsKey];
        if (existing is null && keys.All(k => k is null))
        {
            return;
        }

        if (existing is not null)
        {
            db.HighlightClips.Remove(existing);
        }

        recording.HighlightsKey = recording.HighlightCaptionsKey = null;
        recording.Events.Add(new RecordingEvent { Stage = PipelineStage.Recap, Severity = EventSeverity.Info, Message = "Highlights removed: the recap tags no moments now.", At = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        foreach (string key in keys.OfType<string>())
        {
            await store.DeleteAsync(key, cancellationToken);
        }
    }
}

/// <summary>What a cut did.</summary>
public enum HighlightCutOutcome
{
    Cut,
    AlreadyCut,
    NoMoments,
    NotCut,
}

/// <summary>What a cut did, in words for the job log.</summary>
public sealed record HighlightCutResult(HighlightCutOutcome Outcome, string Message);

/// <summary>A highlight clip could not be cut; the message says why, in words a person can act on.</summary>
public sealed class HighlightClipException(string message, Exception inner) : Exception(message, inner);
