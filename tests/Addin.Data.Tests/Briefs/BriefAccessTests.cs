using Addin.Core.Access;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Briefs;

/// <summary>A brief is read by the session's instructor, its substitute and the institution's reviewers; nobody else.</summary>
public sealed class BriefAccessTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task BriefedSessions_OnlyTheInstructorTheSubstituteAndTheInstitutionsReviewers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        var session = await world.SessionAsync(TimeSpan.FromHours(1), substituteId: world.School.Substitute.PersonId);
        var access = new AccessPolicy(db);
        var school = world.School;

        var readers = new Dictionary<string, Viewer>
        {
            ["teacher"] = school.Teacher, ["substitute"] = school.Substitute, ["reviewer"] = school.Reviewer,
            ["student"] = school.Student, ["parent"] = school.Parent, ["other-student"] = school.OtherStudent,
            ["bio-student"] = school.BiologyStudent, ["other-school-reviewer"] = school.OtherSchoolReviewer,
        };
        var allowed = new List<string>();
        foreach (var (name, viewer) in readers)
        {
            if (await access.BriefedSessions(viewer).AnyAsync(s => s.Id == session.Id))
            {
                allowed.Add(name);
            }
        }

        Assert.Equal(["teacher", "substitute", "reviewer"], allowed);
        Assert.True(await access.VisibleSessions(school.Substitute).AnyAsync(s => s.Id == session.Id));
    }
}
