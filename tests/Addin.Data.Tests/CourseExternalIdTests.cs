using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Pipeline;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests;

/// <summary>
/// The ids remote services know a course by (a Zoom meeting id): set by the course's teachers, checked, unique per
/// platform, and handed to recording sources in the platform's scope.
/// </summary>
public sealed class CourseExternalIdTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_ByTheTeacher_IsSavedNormalised_AndTheSourceScopeCarriesIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var ids = new CourseExternalIds(db, new AccessPolicy(db), time);

        var change = await ids.SetAsync(school.Teacher, school.Algebra.Id, ExternalIdKinds.ZoomMeeting, " 845-1234 5678 ", CancellationToken.None);
        var scope = await new SourceScopes(db).ForPlatformAsync(school.Algebra.PlatformId, CancellationToken.None);

        Assert.Equal(new ExternalIdChange(ExternalIdChangeKind.Saved, "84512345678", null), change);
        var stored = await db.CourseExternalIds.AsNoTracking().SingleAsync();
        Assert.Equal((school.Algebra.Id, school.Algebra.PlatformId, school.Teacher.PersonId, time.GetUtcNow()), (stored.CourseId, stored.PlatformId, stored.SetById, stored.SetAt));
        Assert.Equal(new Dictionary<string, string> { ["zoom-meeting"] = "84512345678" }, scope.Courses.Single(c => c.CourseKey == "alg").ExternalIds);
        Assert.Empty(scope.Courses.Single(c => c.CourseKey == "bio").ExternalIds);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_AnIdAnotherCourseOfThePlatformHas_IsRefused_ButAnotherPlatformMayHaveIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var ids = new CourseExternalIds(db, new AccessPolicy(db), time);
        long otherCourse = await db.Courses.Where(c => c.Key == "other-x").Select(c => c.Id).SingleAsync();
        await ids.SetAsync(school.Teacher, school.Algebra.Id, ExternalIdKinds.ZoomMeeting, "84512345678", CancellationToken.None);

        var sameSchool = await ids.SetAsync(school.Reviewer, school.Biology.Id, ExternalIdKinds.ZoomMeeting, "845 1234 5678", CancellationToken.None);
        var otherSchool = await ids.SetAsync(school.OtherSchoolReviewer, otherCourse, ExternalIdKinds.ZoomMeeting, "84512345678", CancellationToken.None);

        Assert.Equal(ExternalIdChangeKind.Invalid, sameSchool.Kind);
        Assert.Contains("already linked to another course", sameSchool.Problem, StringComparison.Ordinal);
        Assert.Equal(ExternalIdChangeKind.Saved, otherSchool.Kind);
        Assert.Equal(2, await db.CourseExternalIds.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_ByAStudent_IsNotAllowed_AndEmptyByTheTeacherRemovesIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var ids = new CourseExternalIds(db, new AccessPolicy(db), time);
        await ids.SetAsync(school.Teacher, school.Algebra.Id, ExternalIdKinds.ZoomMeeting, "84512345678", CancellationToken.None);

        var student = await ids.SetAsync(school.Student, school.Algebra.Id, ExternalIdKinds.ZoomMeeting, "111222333", CancellationToken.None);
        string stillThere = await db.CourseExternalIds.Select(e => e.Value).SingleAsync();
        var removed = await ids.SetAsync(school.Teacher, school.Algebra.Id, ExternalIdKinds.ZoomMeeting, "  ", CancellationToken.None);

        Assert.Equal(ExternalIdChangeKind.NotAllowed, student.Kind);
        Assert.Equal("84512345678", stillThere);
        Assert.Equal(ExternalIdChangeKind.Removed, removed.Kind);
        Assert.Empty(await db.CourseExternalIds.ToListAsync());
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("123456789012")]
    [InlineData("012345678")]
    [InlineData("845.1234.5678")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("８４５１２３４５６７８")]
    public void Normalize_NotAZoomMeetingId_SaysWhatOneLooksLike(string input)
    {
        var (value, problem) = ExternalIdKinds.Normalize(ExternalIdKinds.ZoomMeeting, input);

        Assert.Null(value);
        Assert.Contains("Zoom meeting ID has", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExternalIdKinds.ZoomMeeting, "845 1234 5678", "84512345678")]
    [InlineData(ExternalIdKinds.ZoomMeeting, "123456789", "123456789")]
    [InlineData(ExternalIdKinds.TeamsTeam, " 19:abc@thread.tacv2 ", "19:abc@thread.tacv2")]
    public void Normalize_ValidId_GivesItsNormalForm(string kind, string input, string expected) =>
        Assert.Equal((expected, (string?)null), ExternalIdKinds.Normalize(kind, input));

    [Fact]
    public void Normalize_UnknownKind_NamesTheKinds() =>
        Assert.Contains("zoom-meeting, teams-team, teams-meeting", ExternalIdKinds.Normalize("webex", "1").Problem, StringComparison.Ordinal);
}
