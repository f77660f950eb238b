using Addin.Media.Tools;

namespace Addin.Media.Tests;

public sealed class ToolFailureTests
{
    private const string Input = "/srv/addin/media/7f3a/Week 3 lesson.mp4";
    private static readonly ToolBinary Ffprobe = ToolBinary.Ffprobe(new FfmpegOptions());

    [Fact]
    public void Classify_InvalidData_IsNotMediaNamingFileNotServerPath()
    {
        var ex = Classify($"{Input}: Invalid data found when processing input");

        Assert.Equal(MediaErrorCode.NotMedia, ex.Code);
        Assert.Equal(
            "The file 'Week 3 lesson.mp4' is not a video or audio file ffmpeg can read (ffprobe: Invalid data found when processing input). Upload an MP4 or WebM recording.",
            ex.Message);
        Assert.DoesNotContain("/srv/addin", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Input, ex.ToolOutput, StringComparison.Ordinal);
        Assert.True(ex.IsPermanent);
    }

    [Fact]
    public void Classify_FormatNotOnWhitelist_SaysTheKindIsNotAccepted()
    {
        var ex = Classify("[hls @ 0x55715e04a1c0] Format not on whitelist 'mov,matroska'", $"{Input}: Invalid argument");

        Assert.Equal(MediaErrorCode.NotMedia, ex.Code);
        Assert.Contains("(ffprobe: this kind of file (hls) is not accepted)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, MediaErrorCode.NoAudio)]
    [InlineData(false, MediaErrorCode.NoVideo)]
    public void Classify_MapMatchesNoStreams_NamesTheMissingTrack(bool audioRequired, MediaErrorCode expected)
    {
        var required = audioRequired ? RequiredStream.Audio : RequiredStream.Video;

        var ex = ToolFailure.Classify(Input, "Extracting", Ffprobe, Result("Stream map '0:a:0' matches no streams.", "To ignore this, add a trailing '?' to the map."), required);

        Assert.Equal(expected, ex.Code);
        Assert.True(ex.IsPermanent);
    }

    [Fact]
    public void Classify_CorruptPacketLine_IsCorruptNotAnOpenFailure()
    {
        var ex = Classify(
            "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x5615435cd900] stream 1, offset 0x3986e: partial file",
            $"{Input}: corrupt input packet in stream 1");

        Assert.Equal(MediaErrorCode.Corrupt, ex.Code);
        Assert.Contains("(ffprobe: Week 3 lesson.mp4: corrupt input packet in stream 1)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_PartialFileWithoutOpenFailure_IsCorruptWithShortReason()
    {
        var ex = Classify("[mov,mp4,m4a,3gp,3g2,mj2 @ 0x5615435cd900] stream 1, offset 0x3986e: partial file");

        Assert.Equal(MediaErrorCode.Corrupt, ex.Code);
        Assert.Equal(
            "The file 'Week 3 lesson.mp4' is damaged or incomplete (ffprobe: stream 1, offset 0x3986e: partial file). Upload the complete recording again, or export it again from where it was recorded.",
            ex.Message);
    }

    [Fact]
    public void Classify_MissingInput_IsRetryableFailure()
    {
        var ex = Classify($"{Input}: No such file or directory");

        Assert.Equal(MediaErrorCode.Failed, ex.Code);
        Assert.False(ex.IsPermanent);
    }

    [Fact]
    public void Classify_UnknownError_IsFailedWithLastLine()
    {
        var ex = Classify("No space left on device", "Error opening output file /srv/addin/media/7f3a/.speech.3f2a.partial.wav.");

        Assert.Equal(MediaErrorCode.Failed, ex.Code);
        Assert.Contains("(ffprobe: Error opening output file .speech.3f2a.partial.wav.)", ex.Message, StringComparison.Ordinal);
    }

    private static MediaProcessingException Classify(params string[] stderr) =>
        ToolFailure.Classify(Input, "Reading the recording", Ffprobe, Result(stderr));

    private static ToolResult Result(params string[] stderr) => new(1, "", false, stderr);
}
