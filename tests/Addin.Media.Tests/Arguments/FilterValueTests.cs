using Addin.Media.Arguments;
using Addin.Media.Speech;
using Addin.Media.Tests.Support;

namespace Addin.Media.Tests.Arguments;

public sealed class FilterValueTests
{
    [Theory]
    [InlineData("/usr/share/fonts/DejaVuSans.ttf", "/usr/share/fonts/DejaVuSans.ttf")]
    [InlineData("a:b", @"a\\\:b")]
    [InlineData("it's", @"it\\\'s")]
    [InlineData(@"a\b", @"a\\\\b")]
    [InlineData("x,y", @"x\\\,y")]
    [InlineData("ünï", "ünï")]
    public void Escape_Value_EscapesForBothGraphLevels(string value, string expected)
    {
        Assert.Equal(expected, FilterValue.Escape(value));
    }

    [Fact]
    public async Task Escape_HostilePathInRealFilterGraph_IsReadAsThatFile()
    {
        using var folder = new TempFolder();
        string textFile = folder.File("it's [a]; b,c: 100% \\ d.txt");
        await File.WriteAllTextAsync(textFile, "hello");

        await TestFfmpeg.RunAsync(
            "-f", "lavfi", "-i", "color=size=160x90:duration=0.1",
            "-vf", $"drawtext=fontfile={FilterValue.Escape(FontLocator.Find()!)}:expansion=none:textfile={FilterValue.Escape(textFile)}",
            "-frames:v", "1", "-f", "null", "-");
    }
}
