using System.Globalization;
using System.Text;
using Addin.Core.Quality;
using Addin.Web.Components.Shared;
using Addin.Web.Pages;

namespace Addin.Bench.Coverage;

/// <summary>The baseline: the same cells (position, colour, label) written straight into a string, with no component or encoder.</summary>
internal static class PlainCells
{
    public static string Write(CoverageGrid grid)
    {
        var text = new StringBuilder();
        int y = CoverageHeatmap.HeaderHeight;
        foreach (var row in grid.Sessions.Concat(grid.Instructors).Append(grid.Course))
        {
            for (int t = 0; t < grid.Topics.Count; t++)
            {
                double? minutes = row.Minutes?[t];
                string fill = minutes is { } m ? CoverageColours.Of(CoverageLevels.Of(m, grid.Planned(t))) : CoverageColours.NotMeasured;
                text.Append(CultureInfo.InvariantCulture, $"<rect x=\"{CoverageHeatmap.LabelWidth + (t * CoverageHeatmap.CellWidth)}\" y=\"{y}\" fill=\"{fill}\"><title>{row.Label}, {grid.Topics[t].Title}: {minutes}</title></rect>");
            }

            y += CoverageHeatmap.RowHeight;
        }

        return text.ToString();
    }
}
