using Addin.Media.Arguments;

namespace Addin.Media.Tests.Arguments;

public sealed class FfmpegArgsTests
{
    private static readonly string[] Policy = ["-protocol_whitelist", "file", "-format_whitelist", InputPolicy.AllowedFormats];

    [Fact]
    public void Build_Nothing_StartsQuietWithoutStdin()
    {
        Assert.Equal(["-hide_banner", "-nostdin", "-nostats", "-loglevel", "error"], new FfmpegArgs().Build());
    }

    [Fact]
    public void Input_WithSeek_PutsSeekAndPolicyBeforeInput()
    {
        var arguments = new FfmpegArgs().Input("/data/a b.mp4", TimeSpan.FromSeconds(4.5)).Build().Skip(5);

        Assert.Equal(["-ss", "4.5", .. Policy, "-i", "/data/a b.mp4"], arguments);
    }

    [Fact]
    public void Input_RelativeOrOptionLikePath_IsMadeAbsolute()
    {
        var arguments = new FfmpegArgs().Input("-f concat:x.mp4").Build();

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "-f concat:x.mp4"), arguments[^1]);
    }

    [Fact]
    public void AudioCodec_WithRateAndChannels_AddsEach()
    {
        Assert.Equal(["-c:a", "pcm_s16le", "-ar", "16000", "-ac", "1"], new FfmpegArgs().AudioCodec("pcm_s16le", 16000, 1).Build().Skip(5));
    }

    [Fact]
    public void Pieces_InOrder_KeepTheirOrder()
    {
        var arguments = new FfmpegArgs()
            .WithProgress()
            .GeneratedInput("smptebars=size=640x360")
            .Map("0:v")
            .AudioOnly()
            .VideoCodec("libx264", "-preset", "ultrafast")
            .VideoFilter("scale=320:-2")
            .VideoFrames(1)
            .Options("-update", "1")
            .Shortest()
            .Output("/out/x.jpg", "image2")
            .Build()
            .Skip(5);

        Assert.Equal(
            ["-progress", "pipe:1", "-f", "lavfi", "-i", "smptebars=size=640x360", "-map", "0:v", "-vn", "-sn", "-dn",
             "-c:v", "libx264", "-preset", "ultrafast", "-vf", "scale=320:-2", "-frames:v", "1", "-update", "1", "-shortest",
             "-f", "image2", "-y", "/out/x.jpg"],
            arguments);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(3723.0004, "3723")]
    [InlineData(0.1234, "0.123")]
    public void Seconds_AnyTime_UsesInvariantDecimalSeconds(double seconds, string expected)
    {
        Assert.Equal(expected, FfmpegArgs.Seconds(TimeSpan.FromSeconds(seconds)));
    }
}
