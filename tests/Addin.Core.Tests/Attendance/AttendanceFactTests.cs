using Addin.Core.Attendance;
using Addin.Core.Risk;

namespace Addin.Core.Tests.Attendance;

/// <summary>Which stored attendance counts when sources overlap on a day, and the share of a session attended.</summary>
public sealed class AttendanceFactTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Counted_ATeamsReportedDay_SetsTheImportedRowAside_AndKeepsEverySessionOfTheDay()
    {
        AttendanceFact[] facts =
        [
            Day(Monday, attended: false),
            Session(1, Monday, ActivitySource.TeamsAttendance, attended: true, 1500, 3000),
            Session(2, Monday, ActivitySource.Launch, attended: true),
        ];

        Assert.Equal([1L, 2L], AttendanceFact.Counted(facts).Select(f => f.SessionId!.Value));
    }

    [Fact]
    public void Counted_AnImportedDay_OutweighsLaunches_WhichCountOnDaysTheImportDoesNotCover()
    {
        AttendanceFact[] facts =
        [
            Day(Monday, attended: false),
            Session(1, Monday, ActivitySource.Launch, attended: true),
            Session(2, Monday.AddDays(1), ActivitySource.Launch, attended: true),
        ];

        var counted = AttendanceFact.Counted(facts).ToList();

        Assert.Equal([(null, false), (2L, true)], counted.Select(f => (f.SessionId, f.Attended)));
    }

    [Fact]
    public void Counted_OtherStudentsAndCourses_AreTheirOwnDays()
    {
        AttendanceFact[] facts =
        [
            Day(Monday, attended: true),
            Session(1, Monday, ActivitySource.TeamsAttendance, attended: true) with { PersonId = 8 },
            Session(3, Monday, ActivitySource.Launch, attended: true) with { CourseId = 6 },
        ];

        Assert.Equal(3, AttendanceFact.Counted(facts).Count());
    }

    [Theory]
    [InlineData(1500, 3000, 0.5)]
    [InlineData(0, 3000, 0.0)]
    [InlineData(3600, 3000, 1.0)]
    public void Share_IsTheTimeInTheSessionOverItsScheduledTime_AtMostAll(int attended, int scheduled, double share)
    {
        Assert.Equal(share, Session(1, Monday, ActivitySource.TeamsAttendance, true, attended, scheduled).Share);
    }

    [Fact]
    public void Share_UnmeasuredOrWithoutAScheduledLength_IsUnknown()
    {
        Assert.Null(Session(1, Monday, ActivitySource.Launch, attended: true).Share);
        Assert.Null(Session(1, Monday, ActivitySource.TeamsAttendance, true, 600, 0).Share);
    }

    private static AttendanceFact Day(DateOnly date, bool attended) => new(5, 7, date, null, ActivitySource.Import, attended, null, null);

    private static AttendanceFact Session(long id, DateOnly date, ActivitySource source, bool attended, int? seconds = null, int? scheduled = null) =>
        new(5, 7, date, id, source, attended, seconds, scheduled);
}
