using Addin.Core.Search;
using Addin.Web.Components.Shared;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class SearchResultsTests : BunitContext
{
    private static readonly SnippetMarks Marks = new("[", "]");

    private static TranscriptHit Hit(long recordingId, string title, double start, string marked, string line) =>
        new(recordingId, title, "Algebra 1", Models.SessionAt, start, "Ana Rivera", SearchSnippet.FromMarked(marked, line, Marks));

    private IRenderedComponent<SearchResults> RenderResults(string input, int moments, int recordings, params TranscriptHit[] hits) =>
        Render<SearchResults>(p => p
            .Add(c => c.Results, new TranscriptSearchResults(SearchQuery.Parse(input), moments, recordings, hits))
            .Add(c => c.Token, Models.Token));

    [Fact]
    public void Hits_ShowTitleDateMomentAndSnippet_AndLinkToTheSecond()
    {
        var cut = RenderResults("factoring", 2, 2,
            Hit(7, "Week 3: factoring", 42.5, "Today we [factor] quadratics.", "Today we factor quadratics."),
            Hit(9, "Tutoring", 3, "more [factoring]", "Then more factoring practice."));

        var hits = cut.FindAll("[data-testid=search-hit]");
        Assert.Equal(["Week 3: factoring", "Tutoring"], hits.Select(h => h.QuerySelector(".title")!.TextContent));
        Assert.Equal($"/app/recording/7?t={Models.EscapedToken}#t=42.5", hits[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("at 0:42", hits[0].QuerySelector(".at")!.TextContent);
        Assert.Equal("2025-03-14T09:30:00Z", hits[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("factor", hits[0].QuerySelector(".snippet mark")!.TextContent);
        Assert.Equal("… more factoring …", hits[1].QuerySelector(".snippet")!.TextContent);
        Assert.Equal("2 moments in 2 recordings for factoring", cut.Find("[data-testid=search-summary]").TextContent.Trim());
    }

    [Fact]
    public void Snippet_HostileText_IsEscaped_OnlyMatchesAreMarked()
    {
        const string line = "<script>alert(1)</script> factor <img src=x onerror=alert(2)>";
        var cut = RenderResults("factor", 1, 1, Hit(7, "<b>Title</b>", 0, "<script>alert(1)</script> [factor] <img src=x onerror=alert(2)>", line));

        Assert.Empty(cut.FindAll("script, img, b"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Title&lt;/b&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(["factor"], cut.FindAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public void Summary_SaysWhatWasSearchedAndWhy()
    {
        var cut = RenderResults("\"common denominator OR x*", 30, 4, Hit(7, "Fractions", 5, "the [common denominator]", "the common denominator"));

        Assert.Equal("\"common denominator OR x\"", cut.Find("[data-testid=searched]").TextContent);
        Assert.StartsWith("30 moments in 4 recordings, the 1 most relevant shown", cut.Find("[data-testid=search-summary]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("The unclosed quote was closed at the end.", cut.FindAll("[data-testid=search-adjustment]").Select(p => p.TextContent));
    }

    [Fact]
    public void NothingFound_AndNothingToSearch_AreSaid()
    {
        Assert.Equal("Nothing found for factoring", RenderResults("factoring", 0, 0).Find("[data-testid=search-summary]").TextContent.Trim());
        Assert.StartsWith("Type a word", RenderResults("***", 0, 0).Find("[data-testid=search-summary]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(RenderResults("factoring", 0, 0).FindAll("[data-testid=search-hit]"));
    }

    [Fact]
    public void CourseSearchBox_IsALabelledGetFormCarryingTheSession()
    {
        var cut = Render<CourseSearchBox>(p => p.Add(c => c.CourseId, 3).Add(c => c.Token, Models.Token).Add(c => c.Input, "factoring"));

        var form = cut.Find("form[role=search]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/app/course/3", form.GetAttribute("action"));
        Assert.Equal(Models.Token, cut.Find("input[type=hidden][name=t]").GetAttribute("value"));
        var input = cut.Find("input[type=search][name=q]");
        Assert.Equal("factoring", input.GetAttribute("value"));
        Assert.NotNull(cut.Find($"label[for={input.Id}]"));
    }

    [Fact]
    public void TranscriptPanel_HasALabelledSearchBoxWithStepButtons()
    {
        var cut = Render<TranscriptPanel>(p => p.Add(c => c.Lines, Models.Lines));

        var input = cut.Find("[data-testid=transcript-search] input[type=search]");
        Assert.Equal("Search the transcript", cut.Find($"label[for={input.Id}]").TextContent);
        Assert.Equal(["Previous match", "Next match"], cut.FindAll("[data-search-step]").Select(b => b.GetAttribute("aria-label")));
        Assert.NotNull(cut.Find("#transcript-search-status[role=status]"));
    }
}
