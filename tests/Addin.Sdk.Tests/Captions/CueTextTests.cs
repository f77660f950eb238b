using Addin.Sdk.Captions;

namespace Addin.Sdk.Tests.Captions;

public sealed class CueTextTests
{
    [Theory]
    [InlineData("<v Mary>No way!</v>", "No way!", "Mary")]
    [InlineData("<v.loud Joe>That's awesome!</v>", "That's awesome!", "Joe")]
    [InlineData("<v.first.loud Joe>That's awesome!</v>", "That's awesome!", "Joe")]
    [InlineData("<v>It's a blue apple tree!", "It's a blue apple tree!", null)]
    [InlineData("<v   >x", "x", null)]
    [InlineData("<v\tBob\n  Smith >x", "x", "Bob Smith")]
    [InlineData("<v A &amp; B>hi", "hi", "A & B")]
    [InlineData("<v Chris> Okay.</v>\n<v Kyle> Oh?</v>\n<i>Laughter</i>", "Okay. Oh? Laughter", "Chris")]
    [InlineData("<vBob>x", "x", null)]
    [InlineData("<V Bob>x", "x", null)]
    [InlineData("</v Bob>x", "x", null)]
    [InlineData("<c.colorE5E5E5>amore</c>", "amore", null)]
    [InlineData("That's <00:00:21.000><c>amore</c>", "That's amore", null)]
    [InlineData("<00:01.000 >No way!", "No way!", null)]
    [InlineData("< 00:01.000>That's awesome!", "That's awesome!", null)]
    [InlineData("<ruby>漢<rt>kan</rt></ruby> <lang fr>oui</lang>", "漢kan oui", null)]
    [InlineData("Some text &lt; &amp;&gt; &lt; &nb&nbsp; &am&lt; other stuff.", "Some text < &> < &nb &am< other stuff.", null)]
    [InlineData("&l &g; &nbsp &am; &lt &gt &nbs &nbs; &g; &lr;", "&l &g; &nbsp &am; &lt &gt &nbs &nbs; &g; &lr;", null)]
    [InlineData("&#60;b&#x3E;", "<b>", null)]
    [InlineData("x&lrm;. y&rlm;", "x\u200E. y\u200F", null)]
    [InlineData("  line one \n\n\t line two  ", "line one line two", null)]
    [InlineData("", "", null)]
    public void ToPlain_CueMarkup_GivesTextAndFirstVoice(string markup, string text, string? speaker)
    {
        Assert.Equal((text, speaker), CueText.ToPlain(markup));
    }

    [Theory]
    [InlineData("<v It's a blue apple tree!", "", "It's a blue apple tree!")]
    [InlineData("<00:01.000 It's a blue apple tree!", "", null)]
    [InlineData("Hello <b world", "Hello", null)]
    [InlineData("a <", "a", null)]
    public void ToPlain_UnclosedTag_RunsToTheEndAsTheSpecSays(string markup, string text, string? speaker)
    {
        Assert.Equal((text, speaker), CueText.ToPlain(markup));
        Assert.Equal(markup.IndexOf('<', StringComparison.Ordinal), CueText.Read(markup).UnclosedTagAt);
    }

    [Fact]
    public void Read_AllTagsClosed_HasNoUnclosedTag()
    {
        Assert.Null(CueText.Read("<v Ann>a &lt; b</v> <c>c</c>").UnclosedTagAt);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "alert(1)", null)]
    [InlineData("<img src=x onerror=alert(1)>caption", "caption", null)]
    [InlineData("<v <script>alert(1)</script>", "alert(1)", "<script")]
    [InlineData("&lt;b&gt;bold&lt;/b&gt;", "<b>bold</b>", null)]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>", null)]
    [InlineData("a --> b", "a --> b", null)]
    [InlineData("<v Eve &gt; &amp; Co>hi", "hi", "Eve > & Co")]
    [InlineData("<v Eve > & Co>hi", "& Co>hi", "Eve")]
    [InlineData("<<b>>", ">", null)]
    public void ToPlain_HostileMarkup_GivesInertPlainText(string markup, string text, string? speaker)
    {
        var plain = CueText.ToPlain(markup);

        Assert.Equal((text, speaker), plain);
        // Inert: escaped again, the text reads back as the same characters and never as a tag or a voice.
        Assert.Equal((text, (string?)null), CueText.ToPlain(CueText.Escape(text)));
    }

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("-->", "--&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("plain", "plain")]
    public void Escape_MarkupCharacters_BecomeCharacterReferences(string text, string escaped)
    {
        Assert.Equal(escaped, CueText.Escape(text));
    }
}
