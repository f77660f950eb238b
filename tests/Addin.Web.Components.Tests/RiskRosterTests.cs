using Addin.Core.Risk;
using Addin.Sdk.Risk;
using Addin.Web.Components.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

/// <summary>The risk roster on the course page: teachers see levels, reasons and trends; students and parents never do.</summary>
public sealed class RiskRosterTests : BunitContext
{
    private static readonly IReadOnlyList<RiskRosterRow> Rows =
    [
        new(1, "Ada Student", RiskLevel.High, 0.8, [new RiskFactor("attendance.low", "attended 1 of 4 sessions in the last 2 weeks", 0.8)], [0.2, 0.5, 0.8], Models.SessionAt),
        new(2, "Ben Student", RiskLevel.Medium, 0.4, [new RiskFactor("score.low", "averaged 55% on 2 assessments in the last 2 weeks", 0.3)], [0.4], Models.SessionAt),
        new(3, "Cy Student", RiskLevel.Low, 0.1, [], [0.1, 0.1], Models.SessionAt),
    ];

    [Fact]
    public void Manager_SeesStudentsAtRisk_WithReasonsAndATrendLine_AndLowRiskOnlyCounted()
    {
        var cut = Render<CoursePage>(p => p.Add(c => c.Model, Models.Course(canManage: true) with { Risk = Rows }));

        var rows = cut.FindAll("[data-testid=risk-row]");
        Assert.Equal(["High", "Medium"], rows.Select(r => r.GetAttribute("data-level")));
        Assert.Equal("attended 1 of 4 sessions in the last 2 weeks", rows[0].QuerySelector("li")!.TextContent);
        // Scores 0.2, 0.5, 0.8 from left to right: the line rises as risk grows (SVG y grows downward).
        Assert.Equal("1,15.4 40,10 79,4.6", rows[0].QuerySelector("polyline")!.GetAttribute("points"));
        Assert.Equal("1,11.8 79,11.8", rows[1].QuerySelector("polyline")!.GetAttribute("points"));
        Assert.Contains("1 student(s) at low risk are not listed.", cut.Find("[data-testid=risk-roster]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void StudentOrParent_SeesNoRiskRoster_EvenIfTheModelHadOne()
    {
        var cut = Render<CoursePage>(p => p.Add(c => c.Model, Models.Course(canManage: false) with { Risk = Rows }));

        Assert.Empty(cut.FindAll("[data-testid=risk-roster]"));
        Assert.DoesNotContain("Ada Student", cut.Markup, StringComparison.Ordinal);
    }
}
