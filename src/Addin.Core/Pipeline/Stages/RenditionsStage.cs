using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Media;
using Addin.Media.Probing;
using Addin.Media.Renditions;
using Addin.Sdk.Storage;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline.Stages;

/// <summary>
/// Makes what playback and download need from the stored original: the audio-only version, the scrubber thumbnails,
/// the MP4 browsers play, and the download with the captions. A WebM browsers play as it is (VP8 cannot go into an MP4)
/// is played and downloaded as WebM, never re-encoded. Each is saved as soon as it is stored, so a retry
/// makes only what is missing. A rendition the recording cannot have (thumbnails of sound only, a damaged stretch)
/// is logged with its reason and the recording still becomes ready; a failure that may pass (a timeout, the store) is retried.
/// </summary>
public sealed class RenditionsStage(AddinDbContext db, IPlatformProviders providers, IMediaProber prober, IMediaRenditions renditions) : IPipelineStage
{
    public PipelineStage Stage => PipelineStage.Renditions;

    public async Task RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recording = context.Recording;
        var store = (await providers.GetMediaStoreAsync(context.PlatformId, cancellationToken)).Provider;
        string original = await MediaWorkspace.GetLocalPathAsync(store, recording.MediaKey!, context.ScratchDirectory, cancellationToken);
        var probe = await prober.ProbeAsync(original, cancellationToken);
        var run = new Run(context, store, original, probe, Path.Combine(context.ScratchDirectory, "renditions"));
        Directory.CreateDirectory(run.Folder);

        await AudioOnlyAsync(run, new StageStepProgress(context.Progress, 0, 0.1), cancellationToken);
        await ThumbnailsAsync(run, new StageStepProgress(context.Progress, 0.1, 0.45), cancellationToken);
        await PlaybackAsync(run, new StageStepProgress(context.Progress, 0.45, 0.8), cancellationToken);
        await DownloadAsync(run, new StageStepProgress(context.Progress, 0.8, 1), cancellationToken);
    }

    private async Task AudioOnlyAsync(Run run, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var recording = run.Context.Recording;
        if (recording.AudioKey is not null)
        {
            return;
        }

        if (run.Probe.Audio is not { } audio)
        {
            run.Context.Info("No audio-only version: the recording has no sound.");
            return;
        }

        await OptionalAsync(run, "audio-only version", async () =>
        {
            string file = Path.Combine(run.Folder, "audio.m4a");
            var method = await renditions.CreateAudioOnlyAsync(run.Original, run.Probe, file, progress, cancellationToken);
            recording.AudioKey = await PutAsync(run, MediaKeys.AudioOnly(recording.Id), file, "audio/mp4", cancellationToken);
            run.Context.Info(method == RenditionMethod.StreamCopy
                ? "Audio-only version: the AAC sound, copied as it is."
                : $"Audio-only version: the {audio.Codec} sound, encoded as AAC.");
        }, cancellationToken);
    }

    private async Task ThumbnailsAsync(Run run, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var recording = run.Context.Recording;
        if (recording.ThumbnailsKey is not null)
        {
            return;
        }

        if (run.Probe.Video is null)
        {
            run.Context.Info("No thumbnails: the recording is sound only.");
            return;
        }

        await OptionalAsync(run, "thumbnails", async () =>
        {
            var strip = await renditions.CreateThumbnailStripAsync(
                run.Original, run.Probe, Path.Combine(run.Folder, "thumbnails.jpg"), Path.Combine(run.Folder, "thumbnails.vtt"), ThumbnailStripSpec.Default,
                progress, cancellationToken);
            recording.ThumbnailSpriteKey = await PutAsync(run, MediaKeys.ThumbnailSprite(recording.Id), strip.SpritePath, "image/jpeg", cancellationToken);
            recording.ThumbnailsKey = await PutAsync(run, MediaKeys.Thumbnails(recording.Id), strip.TrackPath, "text/vtt", cancellationToken);
            run.Context.Info($"Thumbnails: {strip.Frames} frames of {strip.TileWidth}×{strip.TileHeight}.");
        }, cancellationToken);
    }

    private async Task PlaybackAsync(Run run, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var recording = run.Context.Recording;
        if (recording.PlaybackKey is not null || run.Probe.Video is not { } video)
        {
            return;
        }

        if (run.Probe.IsBrowserPlayableWebM)
        {
            run.Context.Info($"Browser version: not needed, browsers play this {video.Codec} WebM as it is.");
            return;
        }

        await OptionalAsync(run, "browser version", async () =>
        {
            string file = Path.Combine(run.Folder, "playback.mp4");
            var method = await renditions.CreatePlayableMp4Async(run.Original, run.Probe, file, progress, cancellationToken);
            recording.PlaybackKey = await PutAsync(run, MediaKeys.Playback(recording.Id), file, "video/mp4", cancellationToken);
            run.Context.Info(method == RenditionMethod.StreamCopy
                ? $"Browser version: {video.Codec}/{run.Probe.Audio?.Codec ?? "no sound"} copied into an MP4 that starts playing at once, without re-encoding."
                : $"Browser version: {video.Codec}/{run.Probe.Audio?.Codec ?? "no sound"} cannot play in every browser, so it was converted to H.264/AAC.");
        }, cancellationToken);
    }

    private async Task DownloadAsync(Run run, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var recording = run.Context.Recording;
        if (recording.DownloadKey is not null)
        {
            return;
        }

        // The download is the playable MP4 (or the WebM that plays as it is, or for sound only the M4A) with the captions added.
        string? playable = recording.PlaybackKey ?? (run.Probe.IsBrowserPlayableWebM ? recording.MediaKey : null);
        if ((playable ?? recording.AudioKey) is not { } sourceKey)
        {
            run.Context.Warn("No download: neither a browser version nor an audio-only version could be made (see above).");
            return;
        }

        if (recording.CaptionsKey is not { } captionsKey)
        {
            recording.DownloadKey = sourceKey;
            await db.SaveChangesAsync(cancellationToken);
            run.Context.Info("Download: the recording as one file, without captions (it has no transcript).");
            return;
        }

        await OptionalAsync(run, "download with captions", async () =>
        {
            string source = run.Made.TryGetValue(sourceKey, out var made)
                ? made
                : await MediaWorkspace.GetLocalPathAsync(run.Store, sourceKey, run.Folder, "source" + Path.GetExtension(sourceKey), cancellationToken);
            string captions = await MediaWorkspace.GetLocalPathAsync(run.Store, captionsKey, run.Folder, "captions.vtt", cancellationToken);
            string? transcriptLanguage = await db.Transcripts.Where(t => t.RecordingId == recording.Id).OrderByDescending(t => t.Id).Select(t => t.Language).FirstOrDefaultAsync(cancellationToken);
            string language = CaptionLanguage.Iso6392(transcriptLanguage);
            bool webm = sourceKey == recording.MediaKey;
            string file = Path.Combine(run.Folder, webm ? "download.webm" : "download.mp4");
            await renditions.CreateDownloadAsync(source, run.Probe.Duration, captions, language, file, progress, cancellationToken);
            recording.DownloadKey = await PutAsync(run, MediaKeys.Download(recording.Id, Path.GetExtension(file)), file, webm ? "video/webm" : "video/mp4", cancellationToken);
            run.Context.Info($"Download: the recording as one {(webm ? "WebM" : "MP4")} with the captions as a text track (language {language}).");
        }, cancellationToken);
    }

    // Bad input ends only this rendition, with its reason in the log; anything that may pass is thrown for a retry.
    private async Task OptionalAsync(Run run, string rendition, Func<Task> make, CancellationToken cancellationToken)
    {
        try
        {
            await make();
        }
        catch (MediaProcessingException ex) when (ex.IsPermanent)
        {
            string original = run.Context.Recording.OriginalFileName;
            run.Context.Warn($"No {rendition}: {ex.Message.Replace(Path.GetFileName(run.Original), original, StringComparison.Ordinal)}");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<string> PutAsync(Run run, string key, string file, string contentType, CancellationToken cancellationToken)
    {
        await using (var content = File.OpenRead(file))
        {
            await run.Store.PutAsync(key, content, contentType, null, cancellationToken);
        }

        run.Made[key] = file;
        return key;
    }

    private sealed record Run(StageContext Context, IMediaStore Store, string Original, MediaProbe Probe, string Folder)
    {
        /// <summary>The renditions made in this run, by key, with their local files.</summary>
        public Dictionary<string, string> Made { get; } = [];
    }
}
