using Addin.Sdk.Transcription;

namespace Addin.Plugins.PocketSphinx.Tests;

/// <summary>pocketsphinx_continuous's printed lines (as seen from Debian's 0.8+5prealpha) and how words become segments.</summary>
public sealed class SphinxOutputTests
{
    [Theory]
    [InlineData("country 5.860 6.420 0.449557", "country", 5.86, 6.42, 0.449557)]
    [InlineData("can(2) 6.430 6.670 0.027331", "can", 6.43, 6.67, 0.027331)]
    [InlineData("<s> 3.170 3.280 1.000200", null, 3.17, 3.28, 0)]
    [InlineData("<sil> 9.180 9.200 0.665812", null, 9.18, 9.2, 0)]
    [InlineData("[NOISE] 1.000 1.200 0.5", null, 1.0, 1.2, 0)]
    public void TryParse_TimedLine_ReadsTheWordOrSkipsAFiller(string line, string? text, double start, double end, double confidence)
    {
        Assert.True(SphinxWordLine.TryParse(line, out var heard, out var word));

        Assert.Equal(TimeSpan.FromSeconds(end), heard);
        Assert.Equal(text is null ? null : new TranscriptWord(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), text, confidence), word);
    }

    [Theory]
    [InlineData("what your country can do for you")]
    [InlineData("clubs")]
    [InlineData("")]
    [InlineData("word 1.0 2.0")]
    public void TryParse_HypothesisOrOtherLine_IsNotATiming(string line) =>
        Assert.False(SphinxWordLine.TryParse(line, out _, out _));

    [Fact]
    public void Group_PausesAndLength_StartNewSegments()
    {
        TranscriptWord W(double start, double end, string text) => new(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), text, 0.5);
        TranscriptWord[] words = [W(0, 0.4, "go"), W(0.5, 0.9, "forward"), W(2.0, 2.4, "ten"), W(2.5, 3.1, "meters"), W(3.2, 3.6, "and"), W(3.7, 4.3, "stop")];

        var segments = WordSegments.Group(words, TimeSpan.FromSeconds(0.6), TimeSpan.FromSeconds(2));

        Assert.Equal(["go forward", "ten meters and", "stop"], segments.Select(s => s.Text));
        Assert.Equal((TimeSpan.FromSeconds(2.0), TimeSpan.FromSeconds(3.6)), (segments[1].Start, segments[1].End));
        Assert.Equal(0.5, segments[1].Confidence);
        Assert.Empty(WordSegments.Group([], TimeSpan.FromSeconds(0.6), TimeSpan.FromSeconds(2)));
    }
}
