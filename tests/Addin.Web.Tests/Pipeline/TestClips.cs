using System.Diagnostics;
using Addin.Media;
using Addin.Media.Speech;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Short recordings with real speech (espeak-ng) and matching WebVTT, generated once per test run and shared.
/// Because the pipeline refuses the same bytes twice in a course, each test takes its own copy with
/// <see cref="CopyAsync"/>: a stream copy with a unique tag, so the bytes differ and the media does not.
/// </summary>
public sealed class TestClips
{
    public static readonly IReadOnlyList<SpokenLine> Lines =
    [
        new("Ana Rivera", "Today we factor quadratics.", "en-us+f2"),
        new("Sam Lee", "Two and three?", "en-us+m3"),
        new("Ana Rivera", "Exactly right.", "en-us+f2"),
    ];

    private const string Ffmpeg = "/usr/bin/ffmpeg";
    private static readonly Lazy<Task<TestClips>> Shared = new(CreateAsync);
    private readonly TempDirectory folder;

    private TestClips(TempDirectory folder, GeneratedClip mp4, GeneratedClip webM)
    {
        this.folder = folder;
        Mp4 = mp4;
        WebM = webM;
    }

    /// <summary>An H.264/AAC MP4 (faststart) with its transcript.</summary>
    public GeneratedClip Mp4 { get; }

    /// <summary>A VP8/Opus WebM with its transcript.</summary>
    public GeneratedClip WebM { get; }

    /// <summary>The transcript of both clips.</summary>
    public string Vtt => File.ReadAllText(Mp4.CaptionsPath);

    public static Task<TestClips> GetAsync() => Shared.Value;

    /// <summary>A new file in the clips' folder.</summary>
    public string NewPath(string fileName)
    {
        string dir = folder.Combine(Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, fileName);
    }

    /// <summary>A copy of the clip's media with different bytes: the same streams, a unique tag in the container.</summary>
    public async Task<string> CopyAsync(GeneratedClip clip, string fileName, bool faststart = true)
    {
        ArgumentNullException.ThrowIfNull(clip);
        string path = NewPath(fileName);
        List<string> args = ["-i", clip.MediaPath, "-map", "0", "-c", "copy", "-metadata", $"comment=test copy {Guid.NewGuid():N}"];
        if (faststart && path.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase))
        {
            args.AddRange(["-movflags", "+faststart"]);
        }

        args.Add(path);
        await RunFfmpegAsync(args);
        return path;
    }

    /// <summary>The clip's media made again with other ffmpeg output options (codecs, dropped streams).</summary>
    public async Task<string> ConvertAsync(GeneratedClip clip, string fileName, params string[] options)
    {
        ArgumentNullException.ThrowIfNull(clip);
        string path = NewPath(fileName);
        await RunFfmpegAsync(["-i", clip.MediaPath, .. options, path]);
        return path;
    }

    /// <summary>The first <paramref name="fraction"/> of an MP4 whose index (moov) is at the end, as an interrupted copy leaves it.</summary>
    public async Task<string> TruncatedMp4Async(string fileName, double fraction)
    {
        string whole = await CopyAsync(Mp4, "whole.mp4", faststart: false);
        byte[] bytes = await File.ReadAllBytesAsync(whole);
        string path = NewPath(fileName);
        await File.WriteAllBytesAsync(path, bytes[..(int)(bytes.Length * fraction)]);
        return path;
    }

    /// <summary>A file with the given bytes.</summary>
    public async Task<string> FileAsync(string fileName, byte[] content)
    {
        string path = NewPath(fileName);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    private static async Task<TestClips> CreateAsync()
    {
        var folder = new TempDirectory("addin-pipeline-clips");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        var generator = new SpeechClipGenerator(new FfmpegOptions(), NullLogger<SpeechClipGenerator>.Instance);
        var spec = new SpeechClipSpec { FileStem = "lesson", Lines = Lines, Width = 320, Height = 180 };
        Directory.CreateDirectory(folder.Combine("mp4"));
        Directory.CreateDirectory(folder.Combine("webm"));
        var mp4 = generator.GenerateAsync(spec, folder.Combine("mp4"), CancellationToken.None);
        var webM = generator.GenerateAsync(spec with { Container = "webm" }, folder.Combine("webm"), CancellationToken.None);
        return new TestClips(folder, await mp4, await webM);
    }

    private static async Task RunFfmpegAsync(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Ffmpeg)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string arg in (string[])["-nostdin", "-hide_banner", "-loglevel", "error", "-y", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        string errors = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {errors}");
        }
    }
}
