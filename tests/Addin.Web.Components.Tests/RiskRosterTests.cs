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
    public void Manager_SeesEachStudentsLatestSessions_WithTheMinutesAReportMeasured()
    {
        var monday = new DateTimeOffset(2026, 9, 14, 9, 0, 0, TimeSpan.Zero);
        IReadOnlyList<RiskRosterRow> rows =
        [
            Rows[0] with
            {
                Attendance =
                [
                    new SessionAttendanceView(1, 12, "Algebra (afternoon)", monday.AddHours(5), Attended: false, 540, 3600),
                    new SessionAttendanceView(1, 11, "Algebra", monday, Attended: true, 2520, 3600),
                    new SessionAttendanceView(1, 10, "Algebra", monday.AddDays(-7), Attended: true, null, null),
                ],
            },
        ];

        var cut = Render<CoursePage>(p => p.Add(c => c.Model, Models.Course(canManage: true) with { Risk = rows }));

        var sessions = cut.FindAll("[data-testid=risk-attendance-session]");
        Assert.Equal(
            ["14 Sep Algebra (afternoon): missed (9 of 60 min)", "14 Sep Algebra: attended (42 of 60 min)", "7 Sep Algebra: attended"],
            sessions.Select(s => string.Join(' ', s.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public void StudentOrParent_SeesNoRiskRoster_EvenIfTheModelHadOne()
    {
        var cut = Render<CoursePage>(p => p.Add(c => c.Model, Models.Course(canManage: false) with { Risk = Rows }));

        Assert.Empty(cut.FindAll("[data-testid=risk-roster]"));
        Assert.DoesNotContain("Ada Student", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Manager_CanAcknowledgeNoteAndFollowUp_EachFormNamingWhatThePageShowed()
    {
        var today = new DateOnly(2026, 9, 14);
        var by = new RiskInterventionView(7, 1, RiskInterventionKind.Acknowledgement, 41, null, null, Models.SessionAt, "Ana Rivera");
        var note = new RiskInterventionView(8, 2, RiskInterventionKind.Note, null, "<b>called</b> & emailed", null, Models.SessionAt, "Pat Morgan");
        IReadOnlyList<RiskRosterRow> rows =
        [
            Rows[0] with { AssessmentId = 41, Acknowledged = by, LastContact = by },
            Rows[1] with { AssessmentId = 42, FollowUpOn = today.AddDays(-2), FollowUpVersion = 9, Notes = [note], LastContact = note },
            Rows[2] with { AssessmentId = 43, FollowUpOn = today.AddDays(5), FollowUpVersion = 10 },
        ];

        var cut = Render<CoursePage>(p => p.Add(c => c.Model, Models.Course(canManage: true) with { Risk = rows, Today = today }));

        var shown = cut.FindAll("[data-testid=risk-row]");
        // The low-risk student is listed because a teacher set them a follow-up.
        Assert.Equal(["1", "2", "3"], shown.Select(r => r.GetAttribute("data-student")));
        Assert.Equal("Acknowledged by Ana Rivera, 14 Mar 2025, 09:30 UTC", shown[0].QuerySelector("[data-testid=risk-acknowledged]")!.TextContent);
        Assert.Null(shown[0].QuerySelector("[data-testid=risk-acknowledge]"));
        var acknowledge = shown[1].QuerySelector("[data-testid=risk-acknowledge]")!.Closest("form")!;
        Assert.EndsWith($"/risk/2/acknowledge?t={Models.EscapedToken}", acknowledge.GetAttribute("action"), StringComparison.Ordinal);
        Assert.Equal("42", acknowledge.QuerySelector("input[name=assessment]")!.GetAttribute("value"));
        Assert.Equal("follow-up-due", shown[1].GetAttribute("class"));
        var followUp = shown[1].QuerySelector("[data-testid=risk-follow-up]")!;
        Assert.StartsWith("12 Sep 2026", followUp.TextContent, StringComparison.Ordinal);
        Assert.Equal("overdue", followUp.QuerySelector(".follow-up-flag")!.TextContent.Trim());
        Assert.Equal("9", shown[1].QuerySelector("input[name=followUpVersion]")!.GetAttribute("value"));
        Assert.Equal("2026-09-12", shown[1].QuerySelector("[data-testid=risk-follow-up-date]")!.GetAttribute("value"));
        Assert.Null(shown[2].GetAttribute("class"));
        Assert.Contains("note by Pat Morgan", shown[1].QuerySelector("[data-testid=risk-last-contact]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("none yet", shown[2].QuerySelector("[data-testid=risk-last-contact]")!.TextContent.Trim());
        var noteText = shown[1].QuerySelector("[data-testid=risk-note] .note-text")!;
        Assert.Equal("<b>called</b> & emailed", noteText.TextContent);
        Assert.Empty(noteText.Children);
        Assert.Equal("Follow-ups due first", cut.Find("[data-testid=risk-order]").TextContent);
        Assert.Contains("0 student(s) at low risk are not listed.", cut.Find("[data-testid=risk-roster]").TextContent, StringComparison.Ordinal);
    }
}
