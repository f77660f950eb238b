using Addin.Media.Tools;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Support;

/// <summary>Runs ffmpeg for test set-up (odd formats, truncations) without the production input policy.</summary>
internal static class TestFfmpeg
{
    public static readonly FfmpegOptions Options = new();

    public static async Task RunAsync(params string[] arguments)
    {
        var result = await FfmpegProcess.RunAsync(
            new ToolInvocation(ToolBinary.Ffmpeg(Options), ["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments], TimeSpan.FromMinutes(1)),
            NullLogger.Instance,
            CancellationToken.None);
        Assert.True(result.ExitCode == 0, $"ffmpeg {string.Join(' ', arguments)} failed: {result.ErrorText}");
    }

    /// <summary>Copies the first part of a file, as an interrupted upload leaves it.</summary>
    public static void Truncate(string source, string destination, double share)
    {
        byte[] bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(destination, bytes[..(int)(bytes.Length * share)]);
    }
}
