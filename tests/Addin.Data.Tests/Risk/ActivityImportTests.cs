using Addin.Core.Risk;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Risk;

/// <summary>The activity import on both databases: good rows stored once, repeats and corrections, bad rows named.</summary>
public sealed class ActivityImportTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_GoodDuplicateAndBadRows_StoresEachFactOnce_AndNamesTheBadRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var (rows, problems) = ActivityCsv.Read(new StringReader("""
            student,course,date,kind,value
            student,alg,2026-09-07,attendance,1
            student,alg,2026-09-07,attendance,1
            student,alg,2026-09-08,assessment_score,72
            student,alg,2026-09-08,assessment_score,abc
            graduate-2025,alg-2025,2025-06-30,outcome,0
            """));

        var first = await new ActivityImporter(db, time).ImportAsync(school.Algebra.PlatformId, rows, new Progress<int>(), CancellationToken.None);

        Assert.Equal("line 5, column value: 'abc' is not a number. Write a number with a dot for decimals, for example 0.75.", Assert.Single(problems).ToString());
        Assert.Equal(new ActivityImport(Added: 3, Changed: 0, Unchanged: 1), first);
        var stored = await db.StudentActivities.AsNoTracking().OrderBy(a => a.Date).ThenBy(a => a.Kind).ToListAsync();
        Assert.Equal(
            [(new DateOnly(2025, 6, 30), ActivityKind.Outcome, 0.0), (new DateOnly(2026, 9, 7), ActivityKind.Attendance, 1.0), (new DateOnly(2026, 9, 8), ActivityKind.AssessmentScore, 0.72)],
            stored.Select(a => (a.Date, a.Kind, a.Value)));
        // A past student and course Addin never saw are added to the platform, keyed by their LMS ids.
        var past = await db.Courses.AsNoTracking().SingleAsync(c => c.ContextId == "alg-2025");
        Assert.Equal((school.Algebra.PlatformId, "alg-2025"), (past.PlatformId, past.Key));
        Assert.True(await db.People.AnyAsync(p => p.Subject == "graduate-2025" && p.PlatformId == school.Algebra.PlatformId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_TheSameFileAgain_ChangesNothing_AndACorrectionReplacesTheValue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        const string Csv = "student,course,date,kind,value\nstudent,alg,2026-09-07,activity_count,12\nother-student,alg,2026-09-07,activity_count,3\n";
        var importer = new ActivityImporter(db, time);
        await importer.ImportAsync(school.Algebra.PlatformId, ActivityCsv.Read(new StringReader(Csv)).Rows, new Progress<int>(), CancellationToken.None);

        var again = await importer.ImportAsync(school.Algebra.PlatformId, ActivityCsv.Read(new StringReader(Csv)).Rows, new Progress<int>(), CancellationToken.None);
        var corrected = await importer.ImportAsync(
            school.Algebra.PlatformId, ActivityCsv.Read(new StringReader(Csv.Replace(",12", ",15", StringComparison.Ordinal))).Rows, new Progress<int>(), CancellationToken.None);

        Assert.Equal(new ActivityImport(0, 0, 2), again);
        Assert.Equal(new ActivityImport(0, 1, 1), corrected);
        Assert.Equal([3.0, 15.0], await db.StudentActivities.AsNoTracking().Select(a => a.Value).OrderBy(v => v).ToListAsync());
    }
}
