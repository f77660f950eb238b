using Addin.Core.Sessions;
using Addin.Data.Tests.Briefs;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests;

/// <summary>Sessions scheduled once or weekly, by plan or from CSV, stored in UTC with their time zone.</summary>
public sealed class SessionScheduleTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Schedule_AWeeklySeriesAcrossTheClockChange_IsStoredAt17LondonTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        var plan = new SessionPlan(world.School.Algebra.Id, " Algebra lesson ", new DateTime(2026, 10, 20, 17, 0, 0), TimeSpan.FromHours(1), "Europe/London",
            Recurrence.Parse("weekly:TU;count=2"), world.School.Teacher.PersonId, world.School.Substitute.PersonId);

        var (sessions, problems) = await new SessionScheduler(db, world.Time).ScheduleAsync(plan, world.School.Teacher.PersonId, CancellationToken.None);

        Assert.Empty(problems);
        await using var read = database.CreateContext();
        var stored = await read.Sessions.AsNoTracking().Include(s => s.Series).Where(s => s.SeriesId != null).ToListAsync();
        Assert.Equal(
            [new DateTimeOffset(2026, 10, 20, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 27, 17, 0, 0, TimeSpan.Zero)],
            stored.Select(s => s.StartsAt!.Value).Order());
        Assert.All(stored, s => Assert.Equal(("Algebra lesson", "Europe/London", world.School.Substitute.PersonId, "weekly:TU;count=2"), (s.Title, s.TimeZone, s.SubstituteId, s.Series!.Recurrence)));
        Assert.Equal(2, sessions.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Schedule_ABadPlan_SavesNothing_AndSaysWhatToFix(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        long outsider = await db.People.Where(p => p.Subject == "other-reviewer").Select(p => p.Id).SingleAsync();
        int before = await db.Sessions.CountAsync();
        var plan = new SessionPlan(world.School.Algebra.Id, "", new DateTime(2027, 1, 11, 17, 0, 0), TimeSpan.Zero, "Mars/Olympus", null, world.School.Teacher.PersonId, outsider);

        var (sessions, problems) = await new SessionScheduler(db, world.Time).ScheduleAsync(plan, null, CancellationToken.None);

        Assert.Empty(sessions);
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("'Mars/Olympus' is unknown; use an IANA name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the substitute (person", StringComparison.Ordinal));
        Assert.Equal(before, await db.Sessions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ImportCsv_SchedulesTheGoodLines_AndNamesWhatIsWrongWithEachBadOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        const string csv = """
            course,title,start,end,duration,timezone,recurrence,instructor,substitute
            alg,Algebra lesson,2027-01-11 17:00,18:00,,Europe/London,"weekly:MO,WE;count=4",teacher,substitute
            alg,One-off review,2027-01-20T09:30,,45,America/New_York,,teacher,
            geo,Geometry,2027-01-11 17:00,18:00,,Europe/London,,teacher,
            alg,"Quoted, title",11/01/2027 17:00,,60,Europe/London,fortnightly,nobody,
            alg,No end,2027-01-11 17:00,,,Europe/London,,,
            """;
        var import = new SessionCsvImport(db, new SessionScheduler(db, world.Time));

        var lines = await import.ImportAsync(new StringReader(csv), CancellationToken.None);

        Assert.Equal([(2, 4), (3, 1), (4, 0), (5, 0), (6, 0)], lines.Select(l => (l.Line, l.Scheduled)));
        Assert.Contains("course 'geo' is not known", Assert.Single(lines[2].Problems), StringComparison.Ordinal);
        Assert.Equal(3, lines[3].Problems.Count);
        Assert.Contains(lines[3].Problems, p => p.Contains("start '11/01/2027 17:00' is not a local date and time", StringComparison.Ordinal));
        Assert.Contains(lines[3].Problems, p => p.Contains("recurrence 'fortnightly' is not understood", StringComparison.Ordinal));
        Assert.Contains(lines[3].Problems, p => p.Contains("instructor 'nobody' is not known", StringComparison.Ordinal));
        Assert.Contains("neither end nor duration", Assert.Single(lines[4].Problems), StringComparison.Ordinal);
        var review = await db.Sessions.AsNoTracking().SingleAsync(s => s.Title == "One-off review");
        Assert.Equal(new DateTimeOffset(2027, 1, 20, 14, 30, 0, TimeSpan.Zero), review.StartsAt);
        Assert.Equal(TimeSpan.FromMinutes(45), review.EndsAt - review.StartsAt);
        Assert.Equal(4, await db.Sessions.CountAsync(s => s.Title == "Algebra lesson" && s.SubstituteId == world.School.Substitute.PersonId));
    }

    [Fact]
    public async Task ImportCsv_WithoutTheColumnsItNeeds_IsRefusedBeforeAnythingIsScheduled()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var import = new SessionCsvImport(db, new SessionScheduler(db, TimeProvider.System));

        var ex = await Assert.ThrowsAsync<FormatException>(() => import.ImportAsync(new StringReader("course,title,start\nalg,x,2027-01-11 17:00"), CancellationToken.None));

        Assert.Equal("line 1: the header lacks timezone, end or duration; it must be 'course,title,start,end,duration,timezone,recurrence,instructor,substitute'.", ex.Message);
    }
}
