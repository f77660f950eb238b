using Addin.Core.Search;

namespace Addin.Data.Tests.Search;

public sealed class SearchSnippetTests
{
    private static readonly SnippetMarks Marks = new("[", "]");

    [Fact]
    public void FromMarked_CutSnippet_GetsEllipsesAndEncodedHtml()
    {
        const string line = "First we <b>expand</b>, then we factor the quadratic, and then we check the roots.";
        var snippet = SearchSnippet.FromMarked("then we [factor] the quadratic", line, Marks);

        Assert.Equal("… then we <mark>factor</mark> the quadratic …", snippet.ToHtml());
    }

    [Fact]
    public void FromMarked_WholeLine_HasNoEllipses()
    {
        var snippet = SearchSnippet.FromMarked("[Factor] <this> & that", "Factor <this> & that", Marks);

        Assert.Equal("<mark>Factor</mark> &lt;this&gt; &amp; that", snippet.ToHtml());
    }
}
