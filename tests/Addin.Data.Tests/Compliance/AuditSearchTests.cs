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
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Page_FindsEventsByWhereTheyCameFrom_AddressOrBrowser_AndSaysWhenTheyCameFromTheCommandLineOrAJob(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var log = new AuditLog(db, TimeProvider.System);
        var student = new AuditRecord(AuditActions.ViewRecording, "recording", Id(school.ClassRecording.Id), Allowed: true)
        {
            PersonId = school.Student.PersonId, PlatformId = school.Student.PlatformId,
            Origin = AuditOrigin.Web("192.168.4.20", "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) Safari/604.1"),
        };
        await log.RecordAsync(student, CancellationToken.None);
        await log.RecordAsync(student with { Origin = AuditOrigin.Web("10.1.1.9", "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0" + new string('x', 600)) }, CancellationToken.None);
        await log.RecordAsync(new AuditRecord(AuditActions.RetentionDelete, "recording", Id(school.ClassRecording.Id), Allowed: true) { PlatformId = school.Student.PlatformId, Origin = AuditOrigin.Job }, CancellationToken.None);
        await log.RecordAsync(new AuditRecord(AuditActions.ExportStudent, "person", Id(school.Student.PersonId), Allowed: true) { PlatformId = school.Student.PlatformId, Origin = AuditOrigin.CommandLine }, CancellationToken.None);
        var search = new AuditSearch(db);
        var all = new AuditFilter(school.Student.InstitutionId);

        var ipad = await search.PageAsync(all with { Origin = "ipad" }, 1, 10, CancellationToken.None);
        var network = await search.PageAsync(all with { Origin = "10.1." }, 1, 10, CancellationToken.None);
        var everything = await search.PageAsync(all, 1, 10, CancellationToken.None);

        Assert.Equal(("192.168.4.20", AuditChannel.Web), (Assert.Single(ipad.Rows).From, ipad.Rows[0].Channel));
        Assert.StartsWith("Mozilla/5.0 (iPad;", ipad.Rows[0].UserAgent, StringComparison.Ordinal);
        // A user agent is the client's to fill: a long one is cut.
        Assert.Equal(AuditOrigin.MaxUserAgentLength, Assert.Single(network.Rows).UserAgent!.Length);
        Assert.Equal(["command line", "background job", "10.1.1.9", "192.168.4.20"], everything.Rows.Select(r => r.From));
        Assert.Equal([null, null], everything.Rows.Take(2).Select(r => r.UserAgent));
        Assert.Empty((await search.PageAsync(all with { Origin = "Firefox" }, 1, 10, CancellationToken.None)).Rows);
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
        var row = new AuditRow(7, Monday, "=cmd|' /C calc'!A0", "sam", "recording.view", "recording", "12", true, "10.0.0.1", "lms", null)
        {
            Channel = AuditChannel.Web, UserAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
        };
        var job = new AuditRow(8, Monday, "—", null, "retention.delete", "recording", "12", true, null, "lms", "policy") { Channel = AuditChannel.Job };
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        await AuditCsv.WriteAsync(new[] { row, job }.ToAsyncEnumerable(), output, CancellationToken.None);

        Assert.Equal(
            "id,at,actor,actor_lms_id,action,target_type,target_id,allowed,remote_address,platform,detail,channel,user_agent\n"
            + "7,2026-10-05T09:00:00Z,'=cmd|' /C calc'!A0,sam,recording.view,recording,12,yes,10.0.0.1,lms,,web,Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0\n"
            + "8,2026-10-05T09:00:00Z,—,,retention.delete,recording,12,yes,,lms,policy,job,\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    private static AuditEntry Entry(long personId, long platformId, string action, string targetType, string targetId, DateTimeOffset at) =>
        new() { PersonId = personId, PlatformId = platformId, Action = action, TargetType = targetType, TargetId = targetId, At = at, Allowed = true, RemoteAddress = "10.0.0.1" };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
