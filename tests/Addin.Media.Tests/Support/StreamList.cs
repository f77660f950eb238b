using System.Text.Json;
using Addin.Media.Tools;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Support;

/// <summary>Every stream of a file as ffprobe reports it, subtitles and tags included (the production probe keeps only what the pipeline needs).</summary>
internal static class StreamList
{
    public static async Task<IReadOnlyList<(string Type, string Codec, string? Language)>> ReadAsync(string path)
    {
        var result = await FfmpegProcess.RunAsync(
            new ToolInvocation(ToolBinary.Ffprobe(TestFfmpeg.Options), ["-v", "error", "-print_format", "json", "-show_streams", path], TimeSpan.FromMinutes(1)),
            NullLogger.Instance,
            CancellationToken.None);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        return [.. json.RootElement.GetProperty("streams").EnumerateArray().Select(s => (
            s.GetProperty("codec_type").GetString()!,
            s.GetProperty("codec_name").GetString()!,
            s.TryGetProperty("tags", out var tags) && tags.TryGetProperty("language", out var language) ? language.GetString() : null))];
    }
}
