using System.Globalization;
using Addin.Media.Arguments;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Renditions;

/// <summary>
/// Takes the strip's frames one ffmpeg run each, seeking before the input (<c>-ss</c> before <c>-i</c>): ffmpeg jumps
/// to the keyframe before the moment and decodes only from there. The fps filter would decode the whole recording,
/// several times longer for an hour of video. A second run tiles the frames into the sprite.
/// </summary>
internal sealed class ThumbnailStripMaker(FfmpegOptions options, ILogger logger)
{
    private const string Operation = "Making the thumbnails";
    private const string FrameQuality = "5";

    public async Task<ThumbnailStrip> CreateAsync(
        string input, MediaProbe probe, string outputSprite, string outputTrack, ThumbnailStripSpec spec, IProgress<double>? progress, CancellationToken ct)
    {
        InputFile.Require(input, Operation);
        if (probe.Video is not { } video)
        {
            throw MediaFailures.NoVideo(input);
        }

        // At most one frame a second: a short clip gets a short strip rather than sixty copies of the same picture.
        int frames = Math.Clamp((int)probe.Duration.TotalSeconds, 1, spec.Count);
        int tileHeight = TileHeight(video, spec.Width);
        using var sprite = new PartialOutputFile(outputSprite);
        using var track = new PartialOutputFile(outputTrack);
        string folder = Path.Combine(Path.GetDirectoryName(sprite.TemporaryPath)!, $".thumbnails.{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            for (int i = 0; i < frames; i++)
            {
                await TakeFrameAsync(input, WebVttThumbnails.FrameTime(probe.Duration, i, frames), spec.Width, tileHeight, FramePath(folder, i), ct);
                progress?.Report((double)(i + 1) / (frames + 1));
            }

            FillMissingFrames(input, folder, frames);
            int columns = Math.Min(spec.Columns, frames);
            await TileAsync(input, folder, frames, columns, sprite.TemporaryPath, ct);
            await File.WriteAllTextAsync(
                track.TemporaryPath,
                WebVttThumbnails.Write(Path.GetFileName(sprite.Destination), probe.Duration, frames, columns, spec.Width, tileHeight),
                ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        sprite.Commit();
        track.Commit();
        progress?.Report(1.0);
        return new ThumbnailStrip(sprite.Destination, track.Destination, frames, spec.Width, tileHeight);
    }

    // The height is computed here, not left to ffmpeg (scale=W:-2), because the track's cues must name it exactly.
    private static int TileHeight(VideoStreamInfo video, int width)
    {
        double aspect = video.Width > 0 && video.Height > 0 ? (double)video.Height / video.Width : 9.0 / 16;
        return Math.Max(2, (int)Math.Round(width * aspect / 2) * 2);
    }

    private async Task TakeFrameAsync(string input, TimeSpan at, int width, int height, string frame, CancellationToken ct)
    {
        var arguments = new FfmpegArgs()
            .Input(input, at)
            .Map("0:v:0")
            .VideoFrames(1)
            .VideoFilter($"scale={width}:{height}")
            .Options("-q:v", FrameQuality, "-update", "1")
            .Output(frame, "image2")
            .Build();
        try
        {
            await FfmpegRun.RunAsync(options, input, Operation, arguments, RequiredStream.Video, onOutputLine: null, logger, ct);
        }
        catch (MediaProcessingException ex) when (ex.Code == MediaErrorCode.Corrupt)
        {
            // A damaged stretch loses its frame; FillMissingFrames decides whether enough of the strip is left.
            File.Delete(frame);
        }
    }

    // Past the last decodable frame ffmpeg exits 0 and writes nothing; the neighbour's picture stands in, so every cue
    // still points at a tile. A recording without one decodable frame has no strip.
    private static void FillMissingFrames(string input, string folder, int frames)
    {
        var present = Enumerable.Range(0, frames).Where(i => HasContent(FramePath(folder, i))).ToList();
        if (present.Count == 0)
        {
            throw MediaFailures.Corrupt(input, "no picture could be decoded for the thumbnails");
        }

        for (int i = 0; i < frames; i++)
        {
            if (!present.Contains(i))
            {
                int nearest = present.MinBy(p => Math.Abs(p - i));
                File.Copy(FramePath(folder, nearest), FramePath(folder, i), overwrite: true);
            }
        }
    }

    private async Task TileAsync(string input, string folder, int frames, int columns, string sprite, CancellationToken ct)
    {
        int rows = (frames + columns - 1) / columns;

        // The frames are read as an image sequence whose name is a pattern; a '%' in the folder's own name is doubled.
        string pattern = Path.Combine(folder.Replace("%", "%%", StringComparison.Ordinal), "%04d.jpg");
        var arguments = new FfmpegArgs()
            .OwnInput(pattern, "image2", "-framerate", "1", "-start_number", "0")
            .VideoFilter(string.Create(CultureInfo.InvariantCulture, $"tile={columns}x{rows}"))
            .VideoFrames(1)
            .Options("-q:v", FrameQuality, "-update", "1")
            .Output(sprite, "image2")
            .Build();
        await FfmpegRun.RunAsync(options, input, Operation, arguments, RequiredStream.None, onOutputLine: null, logger, ct);
        if (!HasContent(sprite))
        {
            throw MediaFailures.Failed(input, Operation, "ffmpeg wrote no sprite image");
        }
    }

    private static string FramePath(string folder, int index) => Path.Combine(folder, index.ToString("0000", CultureInfo.InvariantCulture) + ".jpg");

    private static bool HasContent(string path) => File.Exists(path) && new FileInfo(path).Length > 0;
}
