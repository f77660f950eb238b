using System.Globalization;
using Addin.Core.Audit;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Compliance;

public sealed class AuditSearchTests
{
    private static readonly DateTimeOffset Monday = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Page_KeepsToTheInstitution_AndFiltersByActorActionCourseAndDates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        string classRecording = Id(school.ClassRecording.Id);
        db.AuditEntries.AddRange(
            Entry(school.Teacher.PersonId, school.Teacher.PlatformId, AuditActions.ApproveRecap, "recording", classRecording, Monday),
            Entry(school.Student.PersonId, school.Student.PlatformId, AuditActions.ViewRecording, "recording", classRecording, Monday.AddDays(1)),
            Entry(school.Student.PersonId, school.Student.PlatformId, AuditActions.ViewCourse, "course", Id(school.Biology.Id), Monday.AddDays(2)),
            Entry(school.OtherSchoolReviewer.PersonId, school.OtherSchoolReviewer.PlatformId, AuditActions.ViewRecording, "recording", Id(school.OtherSchoolRecording.Id), Monday));
        await db.SaveChangesAsync();
        var search = new AuditSearch(db);
        var all = new AuditFilter(school.Student.InstitutionId);

        var everything = await search.PageAsync(all, 1, 2, CancellationToken.None);
        var secondPage = await search.PageAsync(all, 2, 2, CancellationToken.None);
        var byStudent = await search.PageAsync(all with { Actor = "STUDENT", Action = "recording." }, 1, 10, CancellationToken.None);
        var algebra = await search.PageAsync(all with { Course = "alg" }, 1, 10, CancellationToken.None);
        var tuesday = await search.PageAsync(all with { From = new DateOnly(2026, 10, 6), To = new DateOnly(2026, 10, 6) }, 1, 10, CancellationToken.None);
        var other = await search.PageAsync(new AuditFilter(school.OtherSchoolReviewer.InstitutionId), 1, 10, CancellationToken.None);

        Assert.Equal((3, 2), (everything.Total, everything.Pages));
        Assert.Equal([AuditActions.ViewCourse, AuditActions.ViewRecording, AuditActions.ApproveRecap], everything.Rows.Concat(secondPage.Rows).Select(r => r.Action));
        Assert.Equal(("student", "student", AuditActions.ViewRecording), (Assert.Single(byStudent.Rows).Actor, byStudent.Rows[0].ActorLmsId, byStudent.Rows[0].Action));
        Assert.Equal([AuditActions.ViewRecording, AuditActions.ApproveRecap], algebra.Rows.Select(r => r.Action));
        Assert.Equal(AuditActions.ViewRecording, Assert.Single(tuesday.Rows).Action);
        Assert.Equal("other-reviewer", Assert.Single(other.Rows).Actor);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Sam, Lee", "\"Sam, Lee\"")]
    [InlineData("plain", "plain")]
    [InlineData(null, "")]
    public void Cell_FormulasAreDefused_AndSeparatorsQuoted(string? value, string expected) => Assert.Equal(expected, AuditCsv.Cell(value));

    [Fact]
    public async Task Write_GivesAHeaderAndOneLinePerRow()
    {
        var row = new AuditRow(7, Monday, "=cmd|' /C calc'!A0", "sam", "recording.view", "recording", "12", true, "10.0.0.1", "lms", null);
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        await AuditCsv.WriteAsync(new[] { row }.ToAsyncEnumerable(), output, CancellationToken.None);

        Assert.Equal(
            "id,at,actor,actor_lms_id,action,target_type,target_id,allowed,remote_address,platform,detail\n7,2026-10-05T09:00:00Z,'=cmd|' /C calc'!A0,sam,recording.view,recording,12,yes,10.0.0.1,lms,\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    private static AuditEntry Entry(long personId, long platformId, string action, string targetType, string targetId, DateTimeOffset at) =>
        new() { PersonId = personId, PlatformId = platformId, Action = action, TargetType = targetType, TargetId = targetId, At = at, Allowed = true, RemoteAddress = "10.0.0.1" };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
