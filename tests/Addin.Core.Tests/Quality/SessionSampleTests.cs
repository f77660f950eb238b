using Addin.Core.Quality;

namespace Addin.Core.Tests.Quality;

public sealed class SessionSampleTests
{
    private static readonly long[] Sessions = [.. Enumerable.Range(1, 95).Select(i => (long)i)];

    [Fact]
    public void Pick_TenPercent_RoundsUp_IsRepeatableForASeed_AndDiffersAcrossSeeds()
    {
        var first = SessionSample.Pick(Sessions, 10, seed: 1);

        Assert.Equal(10, first.Count);
        Assert.Equal(first, SessionSample.Pick(Sessions, 10, seed: 1));
        Assert.NotEqual(first, SessionSample.Pick(Sessions, 10, seed: 2));
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.All(first, id => Assert.Contains(id, Sessions));
        Assert.Single(SessionSample.Pick([5], 1, seed: 0));
        Assert.Empty(SessionSample.Pick(Sessions, 0, seed: 0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Pick_AShareOutsideZeroToAHundred_IsRefused(int percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SessionSample.Pick(Sessions, percent, 0));
}
