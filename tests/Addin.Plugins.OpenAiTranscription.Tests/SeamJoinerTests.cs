using Addin.Sdk.Transcription;

namespace Addin.Plugins.OpenAiTranscription.Tests;

/// <summary>Joining overlapping pieces: the speech both heard is kept once, whatever each made of the edges.</summary>
public sealed class SeamJoinerTests
{
    [Fact]
    public void Join_SameWordsInTheOverlap_KeepsThemOnce()
    {
        var joined = SeamJoiner.Join(
        [
            Piece(0, 12, (0, 8, "and so my fellow americans"), (10, 12, "ask not what")),
            Piece(10, 20, (0.1, 2, "ask not what your"), (2, 9, "country can do for you")),
        ]);

        Assert.Equal("and so my fellow americans ask not what your country can do for you", Text(joined));
    }

    [Fact]
    public void Join_EarlierPieceEndsInACutOffWord_DropsItForTheLaterPiecesWord()
    {
        var joined = SeamJoiner.Join(
        [
            Piece(0, 12, (0, 9, "ten of clubs."), (10, 12, "Four queen of cl")),
            Piece(10, 20, (0.1, 3, "four queen of clubs, seven"), (3, 5, "of hearts")),
        ]);

        Assert.Equal("ten of clubs. Four queen of clubs, seven of hearts", Text(joined));
    }

    [Fact]
    public void Join_LaterPieceStartsWithAMisheardWord_DropsIt()
    {
        var joined = SeamJoiner.Join(
        [
            Piece(0, 12, (0, 9, "go forward"), (10, 12, "ten meters")),
            Piece(10, 20, (0, 3, "then meters and stop")),
        ]);

        Assert.Equal("go forward ten meters and stop", Text(joined));
    }

    [Fact]
    public void Join_NoSharedWords_CutsAtTheSeam()
    {
        var joined = SeamJoiner.Join(
        [
            Piece(0, 12, (0, 8, "he was not an ill"), (10.5, 12, "mumble")),
            Piece(10, 20, (0.5, 4, "disposed young man")),
        ]);

        Assert.Equal("he was not an ill disposed young man", Text(joined));
        Assert.Equal(TimeSpan.FromSeconds(10.5), joined[^1].Start);
    }

    [Fact]
    public void Join_SegmentCutShort_KeepsItsRemainingWordsTimed()
    {
        var joined = SeamJoiner.Join(
        [
            Piece(0, 12, (0, 12, "one two three four five six")),
            Piece(10, 20, (0, 4, "five six seven")),
        ]);

        Assert.Equal("one two three four five six seven", Text(joined));
        Assert.Equal(TimeSpan.Zero, joined[0].Start);
        Assert.Equal(2, joined.Count);
        Assert.True(joined[1].Start >= TimeSpan.FromSeconds(10), $"{joined[1].Start}");
    }

    private static PieceTranscript Piece(double start, double end, params (double Start, double End, string Text)[] segments) =>
        new(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), segments
            .Select(s => new TranscriptSegment { Start = TimeSpan.FromSeconds(start + s.Start), End = TimeSpan.FromSeconds(start + s.End), Text = s.Text })
            .ToList());

    private static string Text(IReadOnlyList<TranscriptSegment> segments) => string.Join(' ', segments.Select(s => s.Text));
}
