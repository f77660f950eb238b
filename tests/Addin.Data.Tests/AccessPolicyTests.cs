using Addin.Core.Access;
using Addin.Core.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests;

/// <summary>The access policy's queries, run on both databases against one school's data.</summary>
public sealed class AccessPolicyTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task VisibleRecordings_ForEachRole_AreExactlyTheirs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var policy = new AccessPolicy(db);

        async Task<string[]> Titles(Viewer viewer) =>
            (await policy.VisibleRecordings(viewer).Select(r => r.Title).ToListAsync()).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["Class", "Processing", "Tutoring"], await Titles(school.Teacher));
        Assert.Equal(["Class", "Tutoring"], await Titles(school.Student));
        Assert.Equal(["Class"], await Titles(school.OtherStudent));
        Assert.Equal(["Class", "Tutoring"], await Titles(school.Parent));
        Assert.Equal(["Covered by the substitute"], await Titles(school.Substitute));
        Assert.Equal(["Biology", "Class", "Covered by the substitute", "Processing", "Tutoring"], await Titles(school.Reviewer));
        Assert.Equal(["Biology", "Covered by the substitute"], await Titles(school.BiologyStudent));
        Assert.Equal(["Other school"], await Titles(school.OtherSchoolReviewer));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task VisibleCourses_ForEachRole_AreTheirsOrTheirChildrens(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var policy = new AccessPolicy(db);

        async Task<string[]> Keys(Viewer viewer) =>
            (await policy.VisibleCourses(viewer).Select(c => c.Key).ToListAsync()).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["alg"], await Keys(school.Teacher));
        Assert.Equal(["alg"], await Keys(school.Parent));
        Assert.Equal(["bio"], await Keys(school.BiologyStudent));
        Assert.Equal(["alg", "bio"], await Keys(school.Reviewer));
        Assert.Equal(["other-x"], await Keys(school.OtherSchoolReviewer));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ManagesCourse_OnlyTeachersAndTheirReviewers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var policy = new AccessPolicy(db);

        Assert.True(await policy.ManagesCourseAsync(school.Teacher, school.Algebra.Id, CancellationToken.None));
        Assert.True(await policy.ManagesCourseAsync(school.Reviewer, school.Biology.Id, CancellationToken.None));
        Assert.False(await policy.ManagesCourseAsync(school.Student, school.Algebra.Id, CancellationToken.None));
        Assert.False(await policy.ManagesCourseAsync(school.Parent, school.Algebra.Id, CancellationToken.None));
        Assert.False(await policy.ManagesCourseAsync(school.Teacher, school.Biology.Id, CancellationToken.None));
        Assert.False(await policy.ManagesCourseAsync(school.OtherSchoolReviewer, school.Algebra.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task VisibleRecordings_StudentsNeverSeeUnfinishedOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var policy = new AccessPolicy(db);

        foreach (var viewer in new[] { school.Student, school.OtherStudent, school.Parent })
        {
            Assert.All(await policy.VisibleRecordings(viewer).ToListAsync(), r => Assert.Equal(RecordingStatus.Ready, r.Status));
        }
    }
}
