using Addin.Media.Tests.Support;
using Addin.Media.Tools;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Tools;

public sealed class FfmpegEnvironmentTests
{
    private readonly FfmpegEnvironment _environment = new(NullLogger<FfmpegEnvironment>.Instance);

    [Fact]
    public async Task CheckAsync_DebianFfmpeg_ReportsBothVersionsAndIsReady()
    {
        var status = await _environment.CheckAsync(new FfmpegOptions(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(status.IsReady, string.Join("; ", status.Problems));
        Assert.Equal("ffmpeg", status.Ffmpeg!.Tool);
        Assert.Equal("ffprobe", status.Ffprobe!.Tool);
        Assert.True(status.Ffmpeg.IsAtLeast(new Version(4, 4)));
    }

    [Fact]
    public async Task CheckAsync_MissingFolder_ReportsEachMissingToolWithFix()
    {
        var status = await _environment.CheckAsync(new FfmpegOptions { BinaryFolder = "/nonexistent" }, CancellationToken.None);

        Assert.False(status.IsReady);
        Assert.Null(status.Ffmpeg);
        Assert.Equal(
            [
                "ffmpeg was not found at '/nonexistent/ffmpeg'; install it with apt-get install ffmpeg or set Addin:Media:BinaryFolder.",
                "ffprobe was not found at '/nonexistent/ffprobe'; install it with apt-get install ffmpeg or set Addin:Media:BinaryFolder.",
            ],
            status.Problems);
    }

    [Fact]
    public async Task CheckAsync_MinimumAboveInstalled_ReportsTooOld()
    {
        var status = await _environment.CheckAsync(new FfmpegOptions { MinimumVersion = "99.0" }, CancellationToken.None);

        Assert.Equal(2, status.Problems.Count);
        Assert.All(status.Problems, problem => Assert.Contains("is older than Addin:Media:MinimumVersion 99.0", problem, StringComparison.Ordinal));
        Assert.NotNull(status.Ffmpeg);
    }

    [Fact]
    public async Task CheckAsync_ProgramsThatAreNotFfmpeg_ReportsUnreadableVersion()
    {
        using var folder = new TempFolder();
        foreach (string name in new[] { "ffmpeg", "ffprobe" })
        {
            string script = folder.File(name);
            await File.WriteAllTextAsync(script, "#!/bin/sh\necho 'avconv version 12.3, Copyright (c) 2000-2018 the Libav developers'\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var status = await _environment.CheckAsync(new FfmpegOptions { BinaryFolder = folder.Path }, CancellationToken.None);

        Assert.Equal(2, status.Problems.Count);
        Assert.Contains("printed a version this check cannot read ('avconv version 12.3, Copyright (c) 2000-2018 the Libav developers')", status.Problems[0], StringComparison.Ordinal);
    }
}
