using System.Globalization;
using Addin.Web.Components.Shared;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class TranscriptPanelTests : BunitContext
{
    private IRenderedComponent<TranscriptPanel> RenderPanel(params TranscriptLineView[] lines) =>
        Render<TranscriptPanel>(p => p.Add(c => c.Lines, lines));

    [Fact]
    public void Lines_ShowTimeSpeakerAndText_InOrder()
    {
        var cut = Render<TranscriptPanel>(p => p.Add(c => c.Lines, Models.Lines));

        var buttons = cut.FindAll("[data-testid=transcript] button.line");
        Assert.Equal(3, buttons.Count);
        Assert.Equal(["0:00", "0:03", "0:09"], buttons.Select(b => b.QuerySelector(".time")!.TextContent));
        Assert.Equal(["Ana Rivera", "Ana Rivera", "Sam Lee"], buttons.Select(b => b.QuerySelector(".speaker")!.TextContent));
        Assert.Equal("Two and three?", buttons[2].QuerySelector(".text")!.TextContent);
        Assert.All(buttons, b => Assert.Equal("button", b.GetAttribute("type")));
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(59.999, "0:59")]
    [InlineData(61.5, "1:01")]
    [InlineData(599, "9:59")]
    [InlineData(3599, "59:59")]
    [InlineData(3600, "1:00:00")]
    [InlineData(3723.4, "1:02:03")]
    [InlineData(36000, "10:00:00")]
    [InlineData(90061, "25:01:01")]
    public void Time_IsMinutesSeconds_OrHoursMinutesSeconds(double start, string shown)
    {
        var cut = RenderPanel(new TranscriptLineView(0, start, start + 1, null, "x"));

        Assert.Equal(shown, cut.Find(".time").TextContent);
        Assert.Equal(shown, TimeText.Clock(start));
    }

    [Fact]
    public void DataStartAndEnd_UseInvariantCulture_UnderGermanCulture()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture really is in effect
            var cut = RenderPanel(new TranscriptLineView(0, 1.5, 3.125, "Ana", "Hallo"), new TranscriptLineView(1, 3725.25, 3726, null, "Tschüss"));

            var buttons = cut.FindAll("button.line");
            Assert.Equal("1.5", buttons[0].GetAttribute("data-start"));
            Assert.Equal("3.125", buttons[0].GetAttribute("data-end"));
            Assert.Equal("3725.25", buttons[1].GetAttribute("data-start"));
            Assert.Equal("3726", buttons[1].GetAttribute("data-end"));
            Assert.Equal("1:02:05", buttons[1].QuerySelector(".time")!.TextContent);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void LineWithoutSpeaker_HasNoSpeakerElement()
    {
        var cut = RenderPanel(new TranscriptLineView(0, 1, 2, null, "Music"));

        Assert.Empty(cut.FindAll(".speaker"));
        Assert.Equal("Music", cut.Find(".text").TextContent);
    }

    [Fact]
    public void HostileText_IsRenderedEscaped()
    {
        var cut = RenderPanel(
            new TranscriptLineView(0, 1, 2, "<b onmouseover=alert(2)>Eve</b>", "<script>alert(1)</script>"),
            new TranscriptLineView(1, 2, 3, "Mallory", "<img src=x onerror=alert(1)>"),
            new TranscriptLineView(2, 3, 4, "\"><svg onload=alert(3)>", "a & b"));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;b onmouseover=alert(2)&gt;Eve&lt;/b&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(cut.FindAll("script, img, svg, b"));
        Assert.Equal("<script>alert(1)</script>", cut.FindAll(".text")[0].TextContent);
    }

    [Fact]
    public void NoLines_SaysSo()
    {
        var cut = RenderPanel();

        Assert.Empty(cut.FindAll("[data-testid=transcript]"));
        Assert.Equal("No transcript for this recording.", cut.Find("p.muted").TextContent);
    }
}
