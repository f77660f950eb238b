using Addin.Media.Probing;
using Addin.Media.Speech;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Renditions;

/// <summary>The recordings the rendition tests work on, generated once for the class.</summary>
public sealed class RenditionMedia : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly FfmpegMediaProber _prober = new(TestFfmpeg.Options, NullLogger<FfmpegMediaProber>.Instance);

    /// <summary>Speech over a test picture, H.264/AAC in MP4, with its WebVTT captions.</summary>
    public GeneratedClip Clip { get; private set; } = null!;

    /// <summary>The same clip as MPEG-4 Part 2 video with FLAC sound in Matroska: nothing a browser plays.</summary>
    public string Unplayable => _folder.File("old camera.mkv");

    public string AudioOnlyAac => _folder.File("audio only.m4a");

    public string AudioOnlyMp3 => _folder.File("audio only.mp3");

    public string VideoOnly => _folder.File("screen capture without sound.mp4");

    /// <summary>Ten minutes of MP3: long enough to cancel an encode half-way.</summary>
    public string TenMinuteMp3 => _folder.File("ten minutes.mp3");

    /// <summary>The first 30% of a faststart MP4: the index is intact, the media data stops early.</summary>
    public string TruncatedFaststartMp4 => _folder.File("cut off.mp4");

    public string Empty => _folder.File("empty.mp4");

    public async Task InitializeAsync()
    {
        var generator = new SpeechClipGenerator(TestFfmpeg.Options, NullLogger<SpeechClipGenerator>.Instance);
        Clip = await generator.GenerateAsync(Scripts.Clip("rendition-clip", "mp4", Scripts.Short), _folder.Path, CancellationToken.None);
        await TestFfmpeg.RunAsync("-i", Clip.MediaPath, "-c:v", "mpeg4", "-q:v", "5", "-c:a", "flac", Unplayable);
        await TestFfmpeg.RunAsync("-i", Clip.MediaPath, "-vn", "-c", "copy", AudioOnlyAac);
        await TestFfmpeg.RunAsync("-i", Clip.MediaPath, "-vn", "-c:a", "libmp3lame", "-b:a", "64k", AudioOnlyMp3);
        await TestFfmpeg.RunAsync("-i", Clip.MediaPath, "-an", "-c", "copy", VideoOnly);
        string tone = _folder.File("tone.mp3");
        await TestFfmpeg.RunAsync("-f", "lavfi", "-i", "sine=frequency=300:duration=10:sample_rate=22050", "-c:a", "libmp3lame", "-b:a", "32k", tone);
        await TestFfmpeg.RunAsync("-stream_loop", "59", "-i", tone, "-c", "copy", TenMinuteMp3);
        string faststart = _folder.File("faststart.mp4");
        await TestFfmpeg.RunAsync("-i", Clip.MediaPath, "-c", "copy", "-movflags", "+faststart", faststart);
        TestFfmpeg.Truncate(faststart, TruncatedFaststartMp4, 0.3);
        await File.WriteAllBytesAsync(Empty, []);
    }

    public Task<MediaProbe> ProbeAsync(string path) => _prober.ProbeAsync(path, CancellationToken.None);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
