using Addin.Core.Transcripts;

namespace Addin.Web.Tests.Transcripts;

/// <summary>Word error rate on known examples: each kind of error counted, text normalised before comparing.</summary>
public sealed class WordErrorRateTests
{
    [Fact]
    public void Compute_SameWords_IsZero()
    {
        var wer = WordErrorRate.Compute("And so, my fellow Americans:", "and so my fellow americans");

        Assert.Equal((5, 0, 0.0), (wer.ReferenceWords, wer.Errors, wer.Rate));
    }

    [Fact]
    public void Compute_OneOfEachError_CountsThemApart()
    {
        // the cat sat on the mat → cat sit on the mat today: "the" deleted, "sat"→"sit", "today" inserted.
        var wer = WordErrorRate.Compute("the cat sat on the mat", "cat sit on the mat today");

        Assert.Equal((1, 1, 1), (wer.Substitutions, wer.Deletions, wer.Insertions));
        Assert.Equal((6, 6), (wer.ReferenceWords, wer.HypothesisWords));
        Assert.Equal(3 / 6.0, wer.Rate, 10);
    }

    [Fact]
    public void Compute_EqualCostAlignments_PrefersSubstitutions()
    {
        var wer = WordErrorRate.Compute("the cat sat on the mat", "the cat sit on mat today");

        Assert.Equal((3, 0, 0), (wer.Substitutions, wer.Deletions, wer.Insertions));
    }

    [Fact]
    public void Compute_EmptyTranscript_IsAllDeletions()
    {
        var wer = WordErrorRate.Compute("go forward ten meters", "");

        Assert.Equal((0, 4, 0, 1.0), (wer.Substitutions, wer.Deletions, wer.Insertions, wer.Rate));
    }

    [Fact]
    public void Compute_WordsAddedToAnEmptyReference_IsOne()
    {
        Assert.Equal(1.0, WordErrorRate.Compute("", "uh").Rate);
        Assert.Equal(0.0, WordErrorRate.Compute(" ", "...").Rate);
    }

    [Fact]
    public void Compute_MoreInsertionsThanReferenceWords_ExceedsOne()
    {
        var wer = WordErrorRate.Compute("five five", "five five five five five");

        Assert.Equal((0, 0, 3), (wer.Substitutions, wer.Deletions, wer.Insertions));
        Assert.Equal(1.5, wer.Rate, 10);
    }

    [Fact]
    public void Compute_DigitsAgainstSpelledNumbers_Match()
    {
        var wer = WordErrorRate.Compute("go forward ten meters", "Go forward 10 meters.");

        Assert.Equal(0, wer.Errors);
    }

    [Theory]
    [InlineData("Go forward 10 meters.", "go forward ten meters")]
    [InlineData("It's 21st-century stuff", "its twenty first century stuff")]
    [InlineData("1,250 people; 3.5% of them", "one thousand two hundred fifty people three point five percent of them")]
    [InlineData("In 1961 the 2nd and 3rd", "in one thousand nine hundred sixty one the second and third")]
    [InlineData("ninety—nine  don’t", "ninety nine dont")]
    [InlineData("40 12th 100 2000000", "forty twelfth one hundred two million")]
    public void Normalise_WritesSpokenWords(string text, string expected)
    {
        Assert.Equal(expected.Split(' '), SpokenWords.Normalise(text));
    }
}
