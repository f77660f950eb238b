using Addin.Media.Speech;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Probing;

/// <summary>The files the prober tests read, generated once for the class.</summary>
public sealed class ProbeMedia : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public GeneratedClip Mp4 { get; private set; } = null!;

    public GeneratedClip WebM { get; private set; } = null!;

    public string Mpeg2 => _folder.File("legacy dvd.mpg");

    public string AudioOnly => _folder.File("audio only.m4a");

    public string Mp3WithCover => _folder.File("podcast with cover.mp3");

    public string SubtitlesOnly => _folder.File("subtitles only.mkv");

    public string TruncatedMp4 => _folder.File("cut off.mp4");

    public string Folder => _folder.Path;

    public async Task InitializeAsync()
    {
        var generator = new SpeechClipGenerator(TestFfmpeg.Options, NullLogger<SpeechClipGenerator>.Instance);
        Mp4 = await generator.GenerateAsync(Scripts.Clip("probe-clip", "mp4", Scripts.Short), _folder.Path, CancellationToken.None);
        WebM = await generator.GenerateAsync(Scripts.Clip("probe-clip", "webm", Scripts.Short), _folder.Path, CancellationToken.None);

        await TestFfmpeg.RunAsync("-f", "lavfi", "-i", "smptebars=size=352x288:rate=25:duration=3", "-f", "lavfi", "-i", "sine=duration=3",
            "-c:v", "mpeg2video", "-c:a", "mp2", Mpeg2);
        await TestFfmpeg.RunAsync("-i", Mp4.MediaPath, "-vn", "-c:a", "copy", AudioOnly);
        string cover = _folder.File("cover.jpg");
        await TestFfmpeg.RunAsync("-i", Mp4.MediaPath, "-frames:v", "1", cover);
        await TestFfmpeg.RunAsync("-f", "lavfi", "-i", "sine=duration=2", "-i", cover, "-map", "0:a", "-map", "1:v",
            "-c:a", "libmp3lame", "-c:v", "copy", "-disposition:v", "attached_pic", Mp3WithCover);
        await TestFfmpeg.RunAsync("-i", Mp4.CaptionsPath, "-c:s", "webvtt", SubtitlesOnly);

        // Without +faststart the index (moov) is written last, so an upload cut at 30% has none.
        string plain = _folder.File("plain.mp4");
        await TestFfmpeg.RunAsync("-i", Mp4.MediaPath, "-c", "copy", plain);
        TestFfmpeg.Truncate(plain, TruncatedMp4, 0.3);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
