using Addin.Web.Media;

namespace Addin.Web.Tests.Media;

public sealed class DownloadNameTests
{
    [Theory]
    [InlineData("Factoring quadratics", ".mp4", "Factoring quadratics.mp4")]
    [InlineData("Week 3: x² / y? <b>\"ok\"</b>", ".mp4", "Week 3_ x² _ y_ _b__ok___b_.mp4")]
    [InlineData("../../etc/passwd", ".mp4", "_.._etc_passwd.mp4")]
    [InlineData("line\nbreak\u0000", ".m4a", "line_break_.m4a")]
    [InlineData("  ...  ", ".mp4", "recording.mp4")]
    [InlineData("", ".mp4", "recording.mp4")]
    public void For_HostileTitles_GiveASafeFileName(string title, string extension, string expected) =>
        Assert.Equal(expected, DownloadName.For(title, extension));

    [Fact]
    public void For_LongTitle_IsCutToAHundredCharacters() =>
        Assert.Equal(new string('a', 100) + ".mp4", DownloadName.For(new string('a', 300), ".mp4"));
}
