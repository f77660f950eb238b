using Addin.Core.Quality;
using Addin.Sdk.Summaries;
using Addin.Web.Components.Shared;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class CoverageHeatmapTests : BunitContext
{
    private static readonly CoverageGrid Grid = new(
        [
            new CurriculumTopic { Id = "cells", Title = "Cells", PlannedDuration = TimeSpan.FromMinutes(10) },
            new CurriculumTopic { Id = "field", Title = "Field <work>" },
        ],
        [
            new CoverageRow("Week 1", 1, new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero), "Ms Lee", [4, 0]),
            new CoverageRow("Week 2", 2, new DateTimeOffset(2026, 9, 8, 9, 0, 0, TimeSpan.Zero), "Ms Lee", null),
        ],
        [new CoverageRow("Ms Lee", null, null, "Ms Lee", [4, 0])],
        new CoverageRow("Whole course", null, null, null, [13, 2]));

    [Fact]
    public void Heatmap_EachCellHasItsLevelColourAndALabelInWords()
    {
        var cut = Render<CoverageHeatmap>(p => p.Add(c => c.Grid, Grid));

        var week1 = cut.FindAll("[data-row='session-1'] rect");
        Assert.Equal(["Under", "None"], week1.Select(r => r.GetAttribute("data-level")));
        Assert.Equal("#f2a33a", week1[0].GetAttribute("fill"));
        Assert.Equal("Week 1, Cells: 4 min of 10 planned, under the plan", week1[0].TextContent);
        Assert.Equal(["NotMeasured", "NotMeasured"], cut.FindAll("[data-row='session-2'] rect").Select(r => r.GetAttribute("data-level")));
        Assert.Equal(["Over", "Covered"], cut.FindAll("[data-row='course'] rect").Select(r => r.GetAttribute("data-level")));
        Assert.Equal("Week 2, Field <work>: no transcript measured", cut.FindAll("[data-row='session-2'] rect")[1].TextContent);
        Assert.Contains("role=\"img\"", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Field &lt;work&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_GivesEveryFigure_AndSaysWhichAreOverOrUnder()
    {
        var cut = Render<CoverageTable>(p => p.Add(c => c.Grid, Grid));

        var rows = cut.FindAll("tbody tr").Select(r => r.TextContent.Replace("\n", " ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("4 (under the plan)", rows[0], StringComparison.Ordinal);
        Assert.Contains("–", rows[1], StringComparison.Ordinal);
        Assert.Contains("Ms Lee (instructor)", rows[2], StringComparison.Ordinal);
        Assert.Contains("13 (over the plan)", rows[3], StringComparison.Ordinal);
        Assert.Contains("Cells (10)", cut.Find("thead").TextContent, StringComparison.Ordinal);
    }
}
