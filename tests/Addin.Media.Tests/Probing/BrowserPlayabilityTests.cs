using Addin.Media.Probing;

namespace Addin.Media.Tests.Probing;

public sealed class BrowserPlayabilityTests
{
    private const string Mp4 = "mov,mp4,m4a,3gp,3g2,mj2";
    private const string WebM = "matroska,webm";

    [Theory]
    [InlineData(Mp4, "h264", "yuv420p", "aac", true)]
    [InlineData(Mp4, "h264", "yuvj420p", "mp3", true)]
    [InlineData(Mp4, "h264", null, null, true)]
    [InlineData(Mp4, "av1", "yuv420p", "opus", true)]
    [InlineData(Mp4, "vp9", "yuv420p", "aac", true)]
    [InlineData(Mp4, "h264", "yuv444p", "aac", false)]
    [InlineData(Mp4, "h264", "yuv420p10le", "aac", false)]
    [InlineData(Mp4, "hevc", "yuv420p", "aac", false)]
    [InlineData(Mp4, "h264", "yuv420p", "pcm_s16le", false)]
    [InlineData(WebM, "vp8", "yuv420p", "vorbis", true)]
    [InlineData(WebM, "vp9", "yuv420p", "opus", true)]
    [InlineData(WebM, "av1", "yuv420p", null, true)]
    [InlineData(WebM, "h264", "yuv420p", "aac", false)]
    [InlineData("mpeg", "mpeg2video", "yuv420p", "mp2", false)]
    [InlineData("avi", "h264", "yuv420p", "aac", false)]
    public void IsPlayable_Video_FollowsContainerAndCodecs(string format, string video, string? pixelFormat, string? audio, bool expected)
    {
        Assert.Equal(expected, BrowserPlayability.IsPlayable(format, new VideoStreamInfo(video, 640, 360, 25, pixelFormat), Audio(audio)));
    }

    [Theory]
    [InlineData(Mp4, "aac", true)]
    [InlineData("aac", "aac", true)]
    [InlineData("mp3", "mp3", true)]
    [InlineData("ogg", "opus", true)]
    [InlineData(WebM, "opus", true)]
    [InlineData("ogg", "vorbis", false)]
    [InlineData("wav", "pcm_s16le", false)]
    [InlineData("flac", "flac", false)]
    [InlineData("asf", "wmav2", false)]
    public void IsPlayable_AudioOnly_AcceptsAacMp3Opus(string format, string audio, bool expected)
    {
        Assert.Equal(expected, BrowserPlayability.IsPlayable(format, null, Audio(audio)));
    }

    [Fact]
    public void IsPlayable_NoTracks_IsFalse()
    {
        Assert.False(BrowserPlayability.IsPlayable(Mp4, null, null));
    }

    private static AudioStreamInfo? Audio(string? codec) => codec is null ? null : new AudioStreamInfo(codec, 48000, 2);
}
