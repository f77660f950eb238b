using System.Text.Json;
using Addin.Core.Access;
using Addin.Core.Risk;
using Addin.Sdk.Risk;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Risk;

/// <summary>
/// Acknowledgements, intervention notes and follow-ups on the risk roster, on both databases: who may act, forms made
/// from an older page, the history kept, and what the roster shows from it.
/// </summary>
public sealed class RiskInterventionsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 9, 14, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Acknowledge_TheCurrentAssessment_IsShownWithWhoAndWhen_AnOlderOneChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        long first = await AssessAsync(db, school, RiskLevel.Medium);
        long second = await AssessAsync(db, school, RiskLevel.High);
        var interventions = new RiskInterventions(db, new AccessPolicy(db), time);

        var stale = await interventions.AcknowledgeAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, first, CancellationToken.None);
        var done = await interventions.AcknowledgeAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, second, CancellationToken.None);
        var twice = await interventions.AcknowledgeAsync(school.Reviewer, school.Algebra.Id, school.Student.PersonId, second, CancellationToken.None);

        Assert.Equal(RiskInterventionOutcome.Stale, stale.Outcome);
        Assert.Contains("a newer assessment arrived", stale.Message, StringComparison.Ordinal);
        Assert.Equal(RiskInterventionOutcome.Done, done.Outcome);
        Assert.Equal("Nothing saved: teacher already acknowledged this assessment at 2026-09-14 08:00 UTC.", twice.Message);
        var row = Assert.Single(await RiskRoster.ForCourseAsync(db, school.Algebra.Id, CancellationToken.None));
        Assert.Equal(("teacher", time.GetUtcNow()), (row.Acknowledged!.By, row.Acknowledged.At));
        Assert.Equal(row.Acknowledged, row.LastContact);
        Assert.Equal(1, await db.RiskInterventions.CountAsync());

        // A new assessment needs acknowledging again; the last contact stays.
        await AssessAsync(db, school, RiskLevel.High);
        var after = Assert.Single(await RiskRoster.ForCourseAsync(db, school.Algebra.Id, CancellationToken.None));
        Assert.Null(after.Acknowledged);
        Assert.Equal("teacher", after.LastContact!.By);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Actions_OnlyTheCoursesTeachersAndItsInstitutionsReviewers_MayTakeThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        long assessment = await AssessAsync(db, school, RiskLevel.High);
        var interventions = new RiskInterventions(db, new AccessPolicy(db), time);

        foreach (var (viewer, allowed) in new[]
        {
            (school.Teacher, true), (school.Reviewer, true), (school.Student, false), (school.OtherStudent, false),
            (school.Parent, false), (school.Substitute, false), (school.BiologyStudent, false), (school.OtherSchoolReviewer, false),
        })
        {
            var note = await interventions.AddNoteAsync(viewer, school.Algebra.Id, school.Student.PersonId, "Called home.", CancellationToken.None);
            var followUp = await interventions.SetFollowUpAsync(viewer, school.Algebra.Id, school.Student.PersonId, null, -1, CancellationToken.None);
            var acknowledged = await interventions.AcknowledgeAsync(viewer, school.Algebra.Id, school.Student.PersonId, -1, CancellationToken.None);

            Assert.Equal(allowed ? RiskInterventionOutcome.Done : RiskInterventionOutcome.NotAllowed, note.Outcome);
            Assert.Equal(allowed ? RiskInterventionOutcome.Stale : RiskInterventionOutcome.NotAllowed, followUp.Outcome);
            Assert.Equal(allowed ? RiskInterventionOutcome.Stale : RiskInterventionOutcome.NotAllowed, acknowledged.Outcome);
        }

        // A student with no assessment in the course, or a course the student is not assessed in: nothing to act on.
        Assert.Equal(RiskInterventionOutcome.NotAllowed, (await interventions.AddNoteAsync(school.Teacher, school.Algebra.Id, school.OtherStudent.PersonId, "x", CancellationToken.None)).Outcome);
        Assert.Equal(RiskInterventionOutcome.NotAllowed, (await interventions.AddNoteAsync(school.Reviewer, school.Biology.Id, school.Student.PersonId, "x", CancellationToken.None)).Outcome);
        Assert.Equal(2, await db.RiskInterventions.CountAsync());
        Assert.True(assessment > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Notes_AreKeptAsWritten_NewestFirst_AndBadOnesAreRefusedSayingWhy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await AssessAsync(db, school, RiskLevel.High);
        var interventions = new RiskInterventions(db, new AccessPolicy(db), time);
        const string Hostile = "<script>alert('x')</script> & met Sam's mother";

        var empty = await interventions.AddNoteAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, "   ", CancellationToken.None);
        var tooLong = await interventions.AddNoteAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, new string('x', 2001), CancellationToken.None);
        await interventions.AddNoteAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, "  Emailed Sam.  ", CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));
        await interventions.AddNoteAsync(school.Reviewer, school.Algebra.Id, school.Student.PersonId, Hostile, CancellationToken.None);

        Assert.Equal("Nothing saved: the note is empty. Write what you did or agreed with the student.", empty.Message);
        Assert.Equal("Nothing saved: the note has 2001 characters; keep it to 2000.", tooLong.Message);
        var row = Assert.Single(await RiskRoster.ForCourseAsync(db, school.Algebra.Id, CancellationToken.None));
        Assert.Equal([(Hostile, "reviewer"), ("Emailed Sam.", "teacher")], row.Notes.Select(n => (n.Note, n.By)));
        Assert.Equal((RiskInterventionKind.Note, time.GetUtcNow()), (row.LastContact!.Kind, row.LastContact.At));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task FollowUp_SetFromAnOlderPage_ChangesNothing_AndDueOnesSortToTheTop(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await AssessAsync(db, school, RiskLevel.Medium);
        await AssessAsync(db, school, RiskLevel.High, school.OtherStudent.PersonId);
        var interventions = new RiskInterventions(db, new AccessPolicy(db), time);
        var today = new DateOnly(2026, 9, 14);

        var set = await interventions.SetFollowUpAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, today.AddDays(3), 0, CancellationToken.None);
        var fromOldPage = await interventions.SetFollowUpAsync(school.Reviewer, school.Algebra.Id, school.Student.PersonId, today.AddDays(9), 0, CancellationToken.None);
        var past = await interventions.SetFollowUpAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, today.AddDays(-5), 0, CancellationToken.None);
        var farAway = await interventions.SetFollowUpAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, today.AddYears(2), 0, CancellationToken.None);

        Assert.Equal("Follow-up set for 2026-09-17.", set.Message);
        Assert.Equal(RiskInterventionOutcome.Stale, fromOldPage.Outcome);
        Assert.Equal("Nothing saved: 2026-09-09 is in the past. Choose a date from today to 2027-09-15.", past.Message);
        Assert.Equal("Nothing saved: 2028-09-14 is more than a year away. Choose a date from today to 2027-09-15.", farAway.Message);
        var rows = await RiskRoster.ForCourseAsync(db, school.Algebra.Id, CancellationToken.None);
        Assert.Equal(["other-student", "student"], rows.Select(r => r.Name));
        var sam = rows.Single(r => r.PersonId == school.Student.PersonId);
        Assert.Equal(today.AddDays(3), sam.FollowUpOn);
        Assert.False(sam.IsFollowUpDue(today));
        Assert.True(sam.IsFollowUpDue(today.AddDays(3)));
        Assert.Equal(["student", "other-student"], RiskRoster.FollowUpsFirst(rows, today.AddDays(4)).Select(r => r.Name));
        Assert.Equal(["other-student", "student"], RiskRoster.FollowUpsFirst(rows, today).Select(r => r.Name));

        var cleared = await interventions.SetFollowUpAsync(school.Teacher, school.Algebra.Id, school.Student.PersonId, null, sam.FollowUpVersion, CancellationToken.None);
        Assert.Equal("Follow-up cleared.", cleared.Message);
        Assert.Null((await RiskRoster.ForCourseAsync(db, school.Algebra.Id, CancellationToken.None)).Single(r => r.PersonId == school.Student.PersonId).FollowUpOn);
        Assert.Equal(2, await db.RiskInterventions.CountAsync(i => i.Kind == RiskInterventionKind.FollowUp));
    }

    private async Task<long> AssessAsync(Core.Persistence.AddinDbContext db, SchoolData school, RiskLevel level, long? personId = null)
    {
        var record = new RiskAssessmentRecord
        {
            CourseId = school.Algebra.Id,
            PersonId = personId ?? school.Student.PersonId,
            ModelId = "rule-risk",
            Level = level,
            Score = level == RiskLevel.High ? 0.8 : 0.5,
            FactorsJson = JsonSerializer.Serialize(new[] { new RiskFactor("attendance.low", "attended 1 of 4 sessions in the last 2 weeks", 0.8) }),
            WeekStart = new DateOnly(2026, 9, 7),
            AssessedAt = time.GetUtcNow(),
        };
        db.RiskAssessments.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    }
}
