using Addin.Core.Playback;

namespace Addin.Core.Tests.Playback;

public sealed class WatchedRangesTests
{
    [Fact]
    public void Add_MergesOverlappingAndNearlyTouchingParts_InAnyOrder()
    {
        var watched = WatchedRanges.None.Add([new TimeRange(50, 60), new TimeRange(0, 10), new TimeRange(5, 20), new TimeRange(20.4, 30)], 100);

        Assert.Equal("0-30;50-60", watched.Format());
        Assert.Equal(40, watched.TotalSeconds, 6);
    }

    [Fact]
    public void Add_ClampsToTheRecording_AndDropsEmptyParts()
    {
        var watched = WatchedRanges.None.Add([new TimeRange(-3, 4), new TimeRange(95, 130), new TimeRange(200, 300), new TimeRange(7, 7)], 100);

        Assert.Equal("0-4;95-100", watched.Format());
    }

    [Fact]
    public void Add_ToEarlierParts_KeepsThemAndMergesTheNewOnes()
    {
        var earlier = WatchedRanges.Parse("0-10;40-50");

        var watched = earlier.Add([new TimeRange(8, 41)], 60);

        Assert.Equal("0-50", watched.Format());
        Assert.Equal("0-10;40-50", earlier.Format());
    }

    [Fact]
    public void Parse_ReadsWhatFormatWrites()
    {
        var watched = WatchedRanges.None.Add([new TimeRange(1.25, 2.5), new TimeRange(10, 12.125)], 20);

        Assert.Equal(watched, WatchedRanges.Parse(watched.Format()));
        Assert.Equal(WatchedRanges.None, WatchedRanges.Parse(""));
    }

    [Theory]
    [InlineData("0-10;abc")]
    [InlineData("5")]
    [InlineData("1-2-3")]
    public void Parse_Garbage_NamesThePart(string text)
    {
        var error = Assert.Throws<FormatException>(() => WatchedRanges.Parse(text));

        Assert.Contains("is not a watched range", error.Message, StringComparison.Ordinal);
    }
}
