using Addin.Core.Attendance;

namespace Addin.Core.Tests.Attendance;

/// <summary>Microsoft Graph's attendance report examples as they are, and files that are not reports.</summary>
public sealed class TeamsAttendanceReportTests
{
    [Fact]
    public void Parse_TheReportWithItsRecords_GivesTheMeetingTimesAndEachAttendee()
    {
        var report = TeamsAttendanceReport.Parse(File.ReadAllText(Fixture("meetingattendancereport-get-expand-attendanceRecords.response.json")));

        Assert.Equal(new DateTimeOffset(2021, 10, 5, 4, 38, 23, 945, TimeSpan.Zero), report.MeetingStart);
        Assert.Equal(new DateTimeOffset(2021, 10, 5, 4, 43, 49, 770, TimeSpan.Zero), report.MeetingEnd);
        var attendee = Assert.Single(report.Attendees);
        Assert.Equal(new Attendee("frederick.cormier@contoso.com", "Frederick Cormier", "Presenter", 1152), attendee);
    }

    [Fact]
    public void Parse_TheRecordList_HasNoMeetingTimes_AndEveryAttendee()
    {
        var report = TeamsAttendanceReport.Parse(File.ReadAllText(Fixture("attendancerecord-list.response.json")));

        Assert.Null(report.MeetingStart);
        Assert.Equal(
            [("frederick.cormier@contoso.com", "Frederick Cormier", "Organizer", 322), ("lisa.adkins@contoso.com", "Lisa Adkins", "Presenter", 314)],
            report.Attendees.Select(a => (a.Email, a.DisplayName, a.Role, a.Seconds)));
    }

    [Fact]
    public void Parse_ARecordWithoutItsTotal_AddsUpItsIntervals()
    {
        var report = TeamsAttendanceReport.Parse("""
            {"value":[{"identity":{"displayName":"Sam Lee"},"attendanceIntervals":[{"durationInSeconds":415},{"durationInSeconds":427}]}]}
            """);

        Assert.Equal(new Attendee(null, "Sam Lee", null, 842), Assert.Single(report.Attendees));
    }

    private static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "fixtures", "graph", file);

    [Theory]
    [InlineData("{\"value\": [", "it is not JSON (line 1)")]
    [InlineData("[]", "it is not a Teams attendance report: it has neither 'attendanceRecords' nor 'value'.")]
    [InlineData("{\"id\":\"c9b6db1c\",\"recordings\":[]}", "it is not a Teams attendance report")]
    [InlineData("{\"value\":[{\"emailAddress\":\"a@b.c\",\"totalAttendanceInSeconds\":-5}]}", "attendance record 1: totalAttendanceInSeconds -5 is not a whole number of seconds from 0.")]
    [InlineData("{\"value\":[{\"emailAddress\":\"a@b.c\"}]}", "attendance record 1 has neither totalAttendanceInSeconds nor attendanceIntervals")]
    [InlineData("{\"value\":[42]}", "attendance record 1 is not an object.")]
    [InlineData("{\"meetingStartDateTime\":\"yesterday\",\"attendanceRecords\":[]}", "meetingStartDateTime 'yesterday' is not a date and time.")]
    public void Parse_SomethingElse_SaysWhatIsWrong(string json, string message)
    {
        var ex = Assert.Throws<FormatException>(() => TeamsAttendanceReport.Parse(json));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
