using Addin.Media.Speech;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Processing;

/// <summary>The files the processor tests work on, generated once for the class.</summary>
public sealed class ProcessingMedia : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public GeneratedClip Clip { get; private set; } = null!;

    /// <summary>An hour of MP3, built by stream copy in about a second; extracting it takes several.</summary>
    public string HourLongMp3 => _folder.File("hour long.mp3");

    public static TimeSpan HourLongDuration => TimeSpan.FromHours(1);

    /// <summary>Ten minutes of MP3: long enough for ffmpeg to report progress a few times.</summary>
    public string TenMinuteMp3 => _folder.File("ten minutes.mp3");

    public static TimeSpan TenMinuteDuration => TimeSpan.FromMinutes(10);

    public string VideoOnly => _folder.File("screen capture without sound.mp4");

    public string AudioOnly => _folder.File("audio only.m4a");

    /// <summary>The first 30% of a faststart MP4: the index is intact, the media data stops early.</summary>
    public string TruncatedFaststartMp4 => _folder.File("cut off.mp4");

    public async Task InitializeAsync()
    {
        var generator = new SpeechClipGenerator(TestFfmpeg.Options, NullLogger<SpeechClipGenerator>.Instance);
        Clip = await generator.GenerateAsync(Scripts.Clip("processing-clip", "mp4", Scripts.Short), _folder.Path, CancellationToken.None);

        string tone = _folder.File("tone.mp3");
        await TestFfmpeg.RunAsync("-f", "lavfi", "-i", "sine=frequency=300:duration=10:sample_rate=22050", "-c:a", "libmp3lame", "-b:a", "32k", tone);
        await TestFfmpeg.RunAsync("-stream_loop", "359", "-i", tone, "-c", "copy", HourLongMp3);
        await TestFfmpeg.RunAsync("-stream_loop", "59", "-i", tone, "-c", "copy", TenMinuteMp3);
        await TestFfmpeg.RunAsync("-i", Clip.MediaPath, "-an", "-c", "copy", VideoOnly);
        await TestFfmpeg.RunAsync("-i", Clip.MediaPath, "-vn", "-c", "copy", AudioOnly);
        TestFfmpeg.Truncate(Clip.MediaPath, TruncatedFaststartMp4, 0.3);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
