using Addin.Core.Search;

namespace Addin.Data.Tests.Search;

/// <summary>What a search box's input becomes before any engine sees it.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("factoring quadratics", "factoring quadratics")]
    [InlineData("  \"quadratic  equation\"  roots ", "\"quadratic equation\" roots")]
    [InlineData("factor* -prime (trees) text:x ^y", "factor prime trees text x y")]
    [InlineData("NEAR(a b)", "a b")]
    [InlineData("\"NOT a (b)\"", "\"NOT a b\"")]
    [InlineData("x² + y²", "x² y²")]
    public void Parse_KeepsWordsAndPhrases(string input, string searched)
    {
        Assert.Equal(searched, SearchQuery.Parse(input).Text);
    }

    [Fact]
    public void Parse_LoneSurrogatesAndDecomposedLetters_AreHandled()
    {
        string input = "ro" + '\ud800' + "ots " + '\udc00' + "e\u0301";

        Assert.Equal("roots é", SearchQuery.Parse(input).Text);
    }

    [Fact]
    public void Parse_UnclosedQuote_IsClosedAndSaid()
    {
        var query = SearchQuery.Parse("roots \"quadratic equa");

        Assert.Equal(["roots", "quadratic equa"], query.Parts);
        Assert.Contains(query.Adjustments, a => a.Contains("unclosed quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Operators_AreDroppedAndSaid()
    {
        var query = SearchQuery.Parse("factor OR prime NOT tree AND");

        Assert.Equal(["factor", "prime", "tree"], query.Parts);
        Assert.Single(query.Adjustments);
    }

    [Fact]
    public void Parse_LongInput_IsCutAndSaid()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}")));

        Assert.Equal(SearchQuery.MaxParts, query.Parts.Count);
        Assert.Equal(2, query.Adjustments.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** \"\" ---")]
    public void Parse_NothingToSearch_IsEmpty(string? input)
    {
        Assert.True(SearchQuery.Parse(input).IsEmpty);
    }
}
