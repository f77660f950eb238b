using Addin.Media.Tests.Support;

namespace Addin.Media.Tests;

public sealed class FfmpegOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_FindsNoProblem()
    {
        Assert.Empty(FfmpegOptionsValidator.Validate(new FfmpegOptions()));
    }

    [Fact]
    public void Validate_NonexistentFolder_NamesKeyFolderAndFix()
    {
        var problem = Assert.Single(FfmpegOptionsValidator.Validate(new FfmpegOptions { BinaryFolder = "/nonexistent/ffmpeg-bin" }));

        Assert.Equal("Addin:Media:BinaryFolder '/nonexistent/ffmpeg-bin' does not exist; install ffmpeg with apt-get install ffmpeg or set the key to the folder that holds ffmpeg and ffprobe.", problem);
    }

    [Fact]
    public void Validate_FolderWithoutTools_NamesEachMissingTool()
    {
        using var folder = new TempFolder();

        var problems = FfmpegOptionsValidator.Validate(new FfmpegOptions { BinaryFolder = folder.Path }).ToList();

        Assert.Equal(
            [
                $"Addin:Media:BinaryFolder '{folder.Path}' has no ffmpeg; install it with apt-get install ffmpeg or set the key.",
                $"Addin:Media:BinaryFolder '{folder.Path}' has no ffprobe; install it with apt-get install ffmpeg or set the key.",
            ],
            problems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptyFolder_NamesKey(string folder)
    {
        var problem = Assert.Single(FfmpegOptionsValidator.Validate(new FfmpegOptions { BinaryFolder = folder }));

        Assert.StartsWith("Addin:Media:BinaryFolder is empty", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 7200, "ProbeTimeout")]
    [InlineData(-1, 7200, "ProbeTimeout")]
    [InlineData(3600, 7200, "ProbeTimeout")]
    [InlineData(60, 0, "ProcessTimeout")]
    [InlineData(60, 200_000, "ProcessTimeout")]
    public void Validate_TimeoutOutOfRange_NamesKey(int probeSeconds, int processSeconds, string key)
    {
        var options = new FfmpegOptions { ProbeTimeout = TimeSpan.FromSeconds(probeSeconds), ProcessTimeout = TimeSpan.FromSeconds(processSeconds) };

        var problem = Assert.Single(FfmpegOptionsValidator.Validate(options));

        Assert.StartsWith($"Addin:Media:{key} ", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("four")]
    [InlineData("4")]
    [InlineData("4.4-beta")]
    public void Validate_UnreadableMinimumVersion_NamesKey(string minimum)
    {
        var problem = Assert.Single(FfmpegOptionsValidator.Validate(new FfmpegOptions { MinimumVersion = minimum }));

        Assert.Equal($"Addin:Media:MinimumVersion '{minimum}' is not a version like 4.4; set it to the oldest ffmpeg release to accept.", problem);
    }
}
