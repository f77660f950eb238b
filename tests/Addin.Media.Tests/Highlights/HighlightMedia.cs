using Addin.Media.Probing;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Highlights;

/// <summary>A 30-second test picture with a tone (H.264/AAC, 25 fps, a keyframe every 2 s), generated once for the class.</summary>
public sealed class HighlightMedia : IAsyncLifetime
{
    public const double FrameRate = 25;

    private readonly TempFolder _folder = new();
    private readonly FfmpegMediaProber _prober = new(TestFfmpeg.Options, NullLogger<FfmpegMediaProber>.Instance);

    public static TimeSpan Duration { get; } = TimeSpan.FromSeconds(30);

    public string Recording => _folder.File("lesson.mp4");

    /// <summary>The first 30% of the recording: its index says 30 s, its data stops early.</summary>
    public string CutOff => _folder.File("cut off.mp4");

    public async Task InitializeAsync()
    {
        await TestFfmpeg.RunAsync(
            "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=30", "-f", "lavfi", "-i", "sine=frequency=440:duration=30",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k", "-shortest", Recording);
        TestFfmpeg.Truncate(Recording, CutOff, 0.3);
    }

    public Task<MediaProbe> ProbeAsync(string path) => _prober.ProbeAsync(path, CancellationToken.None);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
