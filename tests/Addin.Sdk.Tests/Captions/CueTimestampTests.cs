using Addin.Sdk.Captions;

namespace Addin.Sdk.Tests.Captions;

public sealed class CueTimestampTests
{
    [Theory]
    [InlineData("00:00:01.000", 0, 0, 1, 0)]
    [InlineData("00:01.000", 0, 0, 1, 0)]
    [InlineData("59:59.999", 0, 59, 59, 999)]
    [InlineData("01:02:03.456", 1, 2, 3, 456)]
    [InlineData("99:59:59.999", 99, 59, 59, 999)]
    [InlineData("100:00:00.000", 100, 0, 0, 0)]
    [InlineData("123456:07:08.009", 123456, 7, 8, 9)]
    [InlineData("000:00:00.000", 0, 0, 0, 0)]
    [InlineData("0:0:5.32", 0, 0, 5, 320)]
    [InlineData("0:0:0.0", 0, 0, 0, 0)]
    [InlineData("00:00:00.5", 0, 0, 0, 500)]
    [InlineData("00:00:01,500", 0, 0, 1, 500)]
    [InlineData(" \t00:00:01.000 ", 0, 0, 1, 0)]
    public void TryParse_ValidForm_GivesTheTime(string text, int hours, int minutes, int seconds, int millis)
    {
        Assert.True(CueTimestamp.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromHours(hours) + new TimeSpan(0, 0, minutes, seconds, millis), value);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("abc", "not a time")]
    [InlineData("00:60:00.000", "minutes 60")]
    [InlineData("60:00.000", "minutes 60 without hours")]
    [InlineData("00:00:60.000", "seconds 60")]
    [InlineData("00:00:01", "missing fraction")]
    [InlineData("00:01", "missing fraction")]
    [InlineData("00:00:01.", "empty fraction")]
    [InlineData("00:00:01.0000", "4-digit fraction")]
    [InlineData("-00:00:01.000", "negative")]
    [InlineData("00:-1:00.000", "negative field")]
    [InlineData("+00:00:01.000", "sign")]
    [InlineData("00.00.000", "dots as delimiters")]
    [InlineData("00:000.000", "3-digit seconds")]
    [InlineData("000:00.000", "3-digit first field without seconds")]
    [InlineData("1:2:3:4.000", "four fields")]
    [InlineData("00:00:01.000abc", "trailing text")]
    [InlineData("00:00 :01.000", "inner space")]
    [InlineData("٠٠:٠٠:٠١.٠٠٠", "non-ASCII digits")]
    [InlineData("999999999:00:00.000", "too large for a TimeSpan")]
    [InlineData("1234567890:00:00.000", "10-digit hours")]
    public void TryParse_InvalidForm_IsRefused(string text, string why)
    {
        Assert.False(CueTimestamp.TryParse(text, out var value), why);
        Assert.Equal(TimeSpan.Zero, value);
    }

    [Theory]
    [InlineData(0L, "00:00:00.000")]
    [InlineData(15_000_000L, "00:00:01.500")]
    [InlineData(10_004_999L, "00:00:01.000")]
    [InlineData(10_005_000L, "00:00:01.001")]
    [InlineData(29_999_999L, "00:00:03.000")]
    [InlineData(35_999_995_000L, "01:00:00.000")]
    [InlineData(37_230_450_000L, "01:02:03.045")]
    [InlineData(3_600_000_000_000L, "100:00:00.000")]
    [InlineData(4_444_445_670_000L, "123:27:24.567")]
    [InlineData(-10_000_000L, "00:00:00.000")]
    public void FormatVtt_Time_RoundsToTheNearestMillisecond(long ticks, string expected)
    {
        Assert.Equal(expected, CueTimestamp.FormatVtt(new TimeSpan(ticks)));
    }

    [Fact]
    public void FormatSrt_Time_UsesACommaBeforeTheFraction()
    {
        Assert.Equal("01:02:03,045", CueTimestamp.FormatSrt(new TimeSpan(0, 1, 2, 3, 45)));
    }

    [Fact]
    public void FormatVtt_MaxValue_DoesNotOverflow()
    {
        Assert.Equal("256204778:48:05.478", CueTimestamp.FormatVtt(TimeSpan.MaxValue));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(999L)]
    [InlineData(3_599_999L)]
    [InlineData(360_000_000L)]
    [InlineData(922_337_203_685L)]
    public void FormatVtt_ThenTryParse_GivesTheSameTime(long millis)
    {
        var time = TimeSpan.FromMilliseconds(millis);

        Assert.True(CueTimestamp.TryParse(CueTimestamp.FormatVtt(time), out var back));
        Assert.Equal(time, back);
        Assert.True(CueTimestamp.TryParse(CueTimestamp.FormatSrt(time), out back));
        Assert.Equal(time, back);
    }
}
