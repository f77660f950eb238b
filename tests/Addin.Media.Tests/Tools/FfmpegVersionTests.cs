using Addin.Media.Tools;

namespace Addin.Media.Tests.Tools;

public sealed class FfmpegVersionTests
{
    [Theory]
    [InlineData("ffmpeg-5.1.9-debian12.txt", "ffmpeg", "5.1.9-0+deb12u1", "5.1.9")]
    [InlineData("ffprobe-5.1.9-debian12.txt", "ffprobe", "5.1.9-0+deb12u1", "5.1.9")]
    [InlineData("ffmpeg-n6.1.1.txt", "ffmpeg", "n6.1.1", "6.1.1")]
    [InlineData("ffmpeg-7.0.2-static.txt", "ffmpeg", "7.0.2-static", "7.0.2")]
    [InlineData("ffmpeg-4.4.2-ubuntu22.04.txt", "ffmpeg", "4.4.2-0ubuntu0.22.04.1", "4.4.2")]
    [InlineData("ffmpeg-4.3.6-old.txt", "ffmpeg", "4.3.6-0+deb11u1", "4.3.6")]
    [InlineData("ffmpeg-6.1-gyan-release.txt", "ffmpeg", "6.1-full_build-www.gyan.dev", "6.1")]
    public void TryParse_ReleaseBuildOutput_ReadsToolTextAndNumber(string file, string tool, string text, string number)
    {
        Assert.True(FfmpegVersion.TryParse(ReadTestData(file), out var version));

        Assert.Equal(new FfmpegVersion(tool, text, Version.Parse(number)), version);
        Assert.False(version.IsDevelopmentBuild);
    }

    [Theory]
    [InlineData("ffmpeg-git-N-113284.txt", "N-113284-g0d8d6b5d0b-20240101")]
    [InlineData("ffmpeg-git-gyan-dated.txt", "2024-03-04-git-e30369bc1c-full_build-www.gyan.dev")]
    public void TryParse_GitBuildOutput_IsDevelopmentBuildThatCountsAsNew(string file, string text)
    {
        Assert.True(FfmpegVersion.TryParse(ReadTestData(file), out var version));

        Assert.Equal(text, version.Text);
        Assert.True(version.IsDevelopmentBuild);
        Assert.True(version.IsAtLeast(new Version(99, 0)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ffmpeg: command not found")]
    [InlineData("eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data")]
    [InlineData("ffmpeg version")]
    [InlineData("ffmpeg version unknown Copyright (c) 2000-2024")]
    [InlineData("avconv version 12.3, Copyright (c) 2000-2018 the Libav developers")]
    public void TryParse_OtherOutput_ReturnsFalse(string output)
    {
        Assert.False(FfmpegVersion.TryParse(output, out var version));
        Assert.Null(version);
    }

    [Theory]
    [InlineData("4.4", "4.4", true)]
    [InlineData("4.4.0", "4.4", true)]
    [InlineData("5.1.9", "4.4", true)]
    [InlineData("4.3.6", "4.4", false)]
    [InlineData("4.4.2", "5.0", false)]
    public void IsAtLeast_ReleaseNumbers_ComparesNumerically(string installed, string minimum, bool expected)
    {
        var version = new FfmpegVersion("ffmpeg", installed, Version.Parse(installed));

        Assert.Equal(expected, version.IsAtLeast(Version.Parse(minimum)));
    }

    private static string ReadTestData(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", file));
}
