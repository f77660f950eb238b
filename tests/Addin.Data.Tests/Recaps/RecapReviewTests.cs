using Addin.Core.Access;
using Addin.Core.Recaps;
using Addin.Testing;

namespace Addin.Data.Tests.Recaps;

/// <summary>
/// The review workflow and who sees what, on both databases: drafts reach only those who manage the session; students
/// and their mentors see the approved (or edited) version only, without internals; other courses and schools see nothing.
/// </summary>
public sealed class RecapReviewTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Draft_ReachesOnlyThoseWhoManageTheSession(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await scenario.RunStageAsync();
        var reader = new RecapReader(db, new AccessPolicy(db));
        var school = scenario.School;

        var teacher = await reader.ForViewerAsync(school.Teacher, scenario.RecordingId, CancellationToken.None);
        var reviewer = await reader.ForViewerAsync(school.Reviewer, scenario.RecordingId, CancellationToken.None);

        Assert.True(teacher!.CanReview);
        Assert.Equal(RecapStatus.Draft, teacher.Status);
        Assert.NotNull(teacher.DroppedClaims);
        Assert.Contains(teacher.Recap.Topics, t => t.Confidence > 0);
        Assert.True(reviewer!.CanReview);
        foreach (var viewer in new[] { school.Student, school.OtherStudent, school.Parent, school.BiologyStudent, school.Substitute, school.OtherSchoolReviewer })
        {
            Assert.Null(await reader.ForViewerAsync(viewer, scenario.RecordingId, CancellationToken.None));
        }

        var drafts = await reader.DraftsAwaitingAsync(school.Teacher, school.Algebra.Id, CancellationToken.None);
        Assert.Equal(scenario.RecordingId, Assert.Single(drafts).RecordingId);
        Assert.Empty(await reader.DraftsAwaitingAsync(school.Student, school.Algebra.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Approve_ShowsItToTheCoursesStudentsAndMentorsOnly_WithoutInternals(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await scenario.RunStageAsync();
        var access = new AccessPolicy(db);
        var reader = new RecapReader(db, access);
        var school = scenario.School;

        var result = await new RecapReview(db, access, scenario.Time).ApproveAsync(school.Teacher, scenario.RecordingId, 1, CancellationToken.None);

        Assert.Equal(RecapReviewOutcome.Done, result.Outcome);
        Assert.Equal(2, result.Version);
        foreach (var viewer in new[] { school.Student, school.OtherStudent, school.Parent })
        {
            var seen = await reader.ForViewerAsync(viewer, scenario.RecordingId, CancellationToken.None);
            Assert.NotNull(seen);
            Assert.False(seen.CanReview);
            Assert.Equal(RecapStatus.Approved, seen.Status);
            Assert.Null(seen.DroppedClaims);
            Assert.Empty(seen.History);
            Assert.Equal("", seen.Recap.Run.SummariserId);
            Assert.All(seen.Recap.Topics, t => Assert.Equal(0, t.Confidence));
            Assert.Equal(RecapScenario.PlanIds[0], seen.Recap.Topics[0].CurriculumTopicId);
            Assert.Equal("Counting spoons", seen.CurriculumTitles[RecapScenario.PlanIds[0]]);
        }

        foreach (var viewer in new[] { school.BiologyStudent, school.Substitute, school.OtherSchoolReviewer })
        {
            Assert.Null(await reader.ForViewerAsync(viewer, scenario.RecordingId, CancellationToken.None));
        }

        Assert.Empty(await reader.DraftsAwaitingAsync(school.Teacher, school.Algebra.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EditThenReject_KeepsEveryVersion_AndRejectedIsHiddenAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await scenario.RunStageAsync();
        var access = new AccessPolicy(db);
        var review = new RecapReview(db, access, scenario.Time);
        var reader = new RecapReader(db, access);
        var school = scenario.School;
        string draftJson = (await scenario.VersionsAsync())[0].RecapJson;
        var draft = RecapJson.Read(draftJson);

        var edited = await review.EditAsync(school.Teacher, scenario.RecordingId, 1, new RecapEdit
        {
            Overview = "We practised word problems.",
            Texts = new Dictionary<string, string> { ["topics/1"] = "Hot dogs" },
            Removed = new HashSet<string> { "moments/0" },
        }, CancellationToken.None);
        var studentSeesEdit = await reader.ForViewerAsync(school.Student, scenario.RecordingId, CancellationToken.None);
        var rejected = await review.RejectAsync(school.Reviewer, scenario.RecordingId, 2, CancellationToken.None);

        Assert.Equal(RecapReviewOutcome.Done, edited.Outcome);
        Assert.Equal(RecapStatus.Edited, studentSeesEdit!.Status);
        Assert.Equal("We practised word problems.", studentSeesEdit.Recap.Overview);
        Assert.Equal("Hot dogs", studentSeesEdit.Recap.Topics[1].Title);
        Assert.Equal(draft.Moments.Count - 1, studentSeesEdit.Recap.Moments.Count);
        Assert.Equal(RecapReviewOutcome.Done, rejected.Outcome);
        Assert.Null(await reader.ForViewerAsync(school.Student, scenario.RecordingId, CancellationToken.None));
        var versions = await scenario.VersionsAsync();
        Assert.Equal([RecapStatus.Draft, RecapStatus.Edited, RecapStatus.Rejected], versions.Select(v => v.Status));
        Assert.Equal("edited: overview; 1 item edited; 1 item removed", versions[1].Change);
        Assert.Equal([null, school.Teacher.PersonId, school.Reviewer.PersonId], versions.Select(v => v.ChangedById));
        Assert.Equal(draftJson, versions[0].RecapJson);
        var history = (await reader.ForViewerAsync(school.Teacher, scenario.RecordingId, CancellationToken.None))!.History;
        Assert.Equal([3, 2, 1], history.Select(h => h.Number));
        Assert.Equal(["reviewer", "teacher", null], history.Select(h => h.By));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Decide_NotAllowedStaleOrInvalid_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await scenario.RunStageAsync();
        var review = new RecapReview(db, new AccessPolicy(db), scenario.Time);
        var school = scenario.School;

        var byStudent = await review.ApproveAsync(school.Student, scenario.RecordingId, 1, CancellationToken.None);
        var byParent = await review.ApproveAsync(school.Parent, scenario.RecordingId, 1, CancellationToken.None);
        var byOtherSchool = await review.ApproveAsync(school.OtherSchoolReviewer, scenario.RecordingId, 1, CancellationToken.None);
        var stale = await review.ApproveAsync(school.Teacher, scenario.RecordingId, 7, CancellationToken.None);
        var unknownItem = await review.EditAsync(school.Teacher, scenario.RecordingId, 1, new RecapEdit { Removed = new HashSet<string> { "topics/99" } }, CancellationToken.None);
        var emptyText = await review.EditAsync(school.Teacher, scenario.RecordingId, 1,
            new RecapEdit { Texts = new Dictionary<string, string> { ["topics/0"] = "  " } }, CancellationToken.None);
        var nothing = await review.EditAsync(school.Teacher, scenario.RecordingId, 1, new RecapEdit(), CancellationToken.None);

        Assert.Equal(RecapReviewOutcome.NotAllowed, byStudent.Outcome);
        Assert.Equal(RecapReviewOutcome.NotAllowed, byParent.Outcome);
        Assert.Equal(RecapReviewOutcome.NotAllowed, byOtherSchool.Outcome);
        Assert.Equal(RecapReviewOutcome.Stale, stale.Outcome);
        Assert.StartsWith("The recap changed since you opened it (now version 1, Draft)", stale.Message, StringComparison.Ordinal);
        Assert.Equal("Not saved: the recap has no item 'topics/99'; reload the page and edit the current version.", unknownItem.Message);
        Assert.Equal(RecapReviewOutcome.Invalid, emptyText.Outcome);
        Assert.Contains("tick Remove", emptyText.Message, StringComparison.Ordinal);
        Assert.Equal("Not saved: the edit changes nothing; change the overview or an item, or remove an item.", nothing.Message);
        Assert.Single(await scenario.VersionsAsync());
    }
}
