using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Media;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Addin.Sdk.Recordings;

namespace Addin.Core.Pipeline.Stages;

/// <summary>Reads the recording's duration and streams with ffprobe and makes its poster image.</summary>
public sealed class ProbeStage(IPlatformProviders providers, IMediaProber prober, IMediaProcessor processor) : IPipelineStage
{
    private const int PosterWidth = 640;

    public PipelineStage Stage => PipelineStage.Probe;

    public async Task RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recording = context.Recording;
        var store = (await providers.GetMediaStoreAsync(context.PlatformId, cancellationToken)).Provider;
        string path = await MediaWorkspace.GetLocalPathAsync(store, recording.MediaKey!, context.ScratchDirectory, cancellationToken);

        MediaProbe probe;
        try
        {
            probe = await prober.ProbeAsync(path, cancellationToken);
        }
        catch (MediaProcessingException ex)
        {
            throw new PipelineStageException(ex.Message.Replace(Path.GetFileName(path), recording.OriginalFileName, StringComparison.Ordinal), ex.IsPermanent, ex);
        }

        recording.DurationMs = (long)probe.Duration.TotalMilliseconds;
        recording.MediaFormat = probe.FormatName;
        recording.VideoCodec = probe.Video?.Codec;
        recording.AudioCodec = probe.Audio?.Codec;
        recording.Width = probe.Video?.Width;
        recording.Height = probe.Video?.Height;
        context.Progress.Report(0.5);
        context.Info(Describe(probe));
        if (!probe.IsBrowserPlayable)
        {
            context.Warn($"The recording uses {probe.Video?.Codec ?? "no video"}/{probe.Audio?.Codec ?? "no audio"}, which some browsers cannot play.");
        }

        if (probe.Video is not null && recording.PosterKey is null)
        {
            await CreatePosterAsync(context, store, path, probe.Duration, cancellationToken);
        }

        var source = (await providers.GetRecordingSourceAsync(context.PlatformId, cancellationToken)).Provider;
        await source.CompleteAsync(context.Reference, ImportOutcome.Imported, null, cancellationToken);
    }

    private async Task CreatePosterAsync(StageContext context, Sdk.Storage.IMediaStore store, string path, TimeSpan duration, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(context.ScratchDirectory);
        string poster = Path.Combine(context.ScratchDirectory, "poster.jpg");
        await processor.CreatePosterAsync(path, poster, duration * 0.1, PosterWidth, cancellationToken);
        string key = MediaKeys.Poster(context.Recording.Id);
        await using (var content = File.OpenRead(poster))
        {
            await store.PutAsync(key, content, "image/jpeg", null, cancellationToken);
        }

        context.Recording.PosterKey = key;
    }

    private static string Describe(MediaProbe probe)
    {
        string video = probe.Video is { } v ? $"{v.Codec} {v.Width}×{v.Height}" : "no video";
        string audio = probe.Audio is { } a ? $"{a.Codec} {a.SampleRate} Hz" : "no audio";
        return $"Probed: {probe.Duration:hh\\:mm\\:ss}, {probe.FormatName}, {video}, {audio}.";
    }
}
