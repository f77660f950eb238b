using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Risk;

/// <summary>
/// What a course's teachers (and the institution's reviewers) do about a student on the risk roster: acknowledge the
/// current assessment, add a note, set or clear a follow-up date. Each is added to the student's history. A form made
/// from an older page (another assessment since, or someone changed the follow-up) changes nothing.
/// </summary>
public sealed class RiskInterventions(AddinDbContext db, AccessPolicy access, TimeProvider time)
{
    public const int MaxNoteLength = 2000;

    /// <summary>How far ahead a follow-up may be set.</summary>
    public const int MaxFollowUpDays = 366;

    /// <param name="assessmentId">The assessment the page showed.</param>
    public async Task<RiskInterventionResult> AcknowledgeAsync(Viewer viewer, long courseId, long studentId, long assessmentId, CancellationToken cancellationToken)
    {
        if (await LatestAssessmentAsync(viewer, courseId, studentId, cancellationToken) is not { } latest)
        {
            return RiskInterventionResult.NotAllowed;
        }

        if (latest != assessmentId)
        {
            return new(RiskInterventionOutcome.Stale, "Nothing saved: a newer assessment arrived after the page was loaded. Read it and acknowledge again.");
        }

        var earlier = await db.RiskInterventions.AsNoTracking()
            .Where(i => i.CourseId == courseId && i.StudentId == studentId && i.Kind == RiskInterventionKind.Acknowledgement && i.AssessmentId == assessmentId)
            .Select(i => new { i.At, By = i.Author!.Name ?? i.Author.Subject })
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            return new(RiskInterventionOutcome.Stale, string.Create(CultureInfo.InvariantCulture, $"Nothing saved: {earlier.By} already acknowledged this assessment at {earlier.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC."));
        }

        await AddAsync(viewer, courseId, studentId, RiskInterventionKind.Acknowledgement, i => i.AssessmentId = assessmentId, cancellationToken);
        return new(RiskInterventionOutcome.Done, "Assessment acknowledged.");
    }

    public async Task<RiskInterventionResult> AddNoteAsync(Viewer viewer, long courseId, long studentId, string? note, CancellationToken cancellationToken)
    {
        string text = note?.Trim() ?? "";
        if (await LatestAssessmentAsync(viewer, courseId, studentId, cancellationToken) is null)
        {
            return RiskInterventionResult.NotAllowed;
        }

        if (text.Length == 0)
        {
            return new(RiskInterventionOutcome.Invalid, "Nothing saved: the note is empty. Write what you did or agreed with the student.");
        }

        if (text.Length > MaxNoteLength)
        {
            return new(RiskInterventionOutcome.Invalid, $"Nothing saved: the note has {text.Length} characters; keep it to {MaxNoteLength}.");
        }

        await AddAsync(viewer, courseId, studentId, RiskInterventionKind.Note, i => i.Note = text, cancellationToken);
        return new(RiskInterventionOutcome.Done, "Note added.");
    }

    /// <param name="on">The follow-up date, or null to clear it.</param>
    /// <param name="shownVersion">The follow-up entry the page showed (0 for none).</param>
    public async Task<RiskInterventionResult> SetFollowUpAsync(Viewer viewer, long courseId, long studentId, DateOnly? on, long shownVersion, CancellationToken cancellationToken)
    {
        if (await LatestAssessmentAsync(viewer, courseId, studentId, cancellationToken) is null)
        {
            return RiskInterventionResult.NotAllowed;
        }

        // A day of grace: the teacher's today may still be yesterday in UTC.
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (on is { } date && (date < today.AddDays(-1) || date > today.AddDays(MaxFollowUpDays)))
        {
            return new(RiskInterventionOutcome.Invalid, string.Create(CultureInfo.InvariantCulture,
                $"Nothing saved: {date:yyyy-MM-dd} is {(date < today ? "in the past" : "more than a year away")}. Choose a date from today to {today.AddDays(MaxFollowUpDays):yyyy-MM-dd}."));
        }

        long current = await db.RiskInterventions.Where(i => i.CourseId == courseId && i.StudentId == studentId && i.Kind == RiskInterventionKind.FollowUp)
            .MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;
        if (current != shownVersion)
        {
            return new(RiskInterventionOutcome.Stale, "Nothing saved: someone changed this student's follow-up after the page was loaded. Look at it and set it again.");
        }

        await AddAsync(viewer, courseId, studentId, RiskInterventionKind.FollowUp, i => i.FollowUpOn = on, cancellationToken);
        return new(RiskInterventionOutcome.Done, on is { } set ? string.Create(CultureInfo.InvariantCulture, $"Follow-up set for {set:yyyy-MM-dd}.") : "Follow-up cleared.");
    }

    /// <summary>True when the viewer may act on the student in the course (who has been assessed there).</summary>
    public async Task<bool> MayActAsync(Viewer viewer, long courseId, long studentId, CancellationToken cancellationToken) =>
        await LatestAssessmentAsync(viewer, courseId, studentId, cancellationToken) is not null;

    /// <summary>The student's latest assessment in the course, or null when the viewer may not act on it (or there is none).</summary>
    private async Task<long?> LatestAssessmentAsync(Viewer viewer, long courseId, long studentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!await access.ManagesCourseAsync(viewer, courseId, cancellationToken))
        {
            return null;
        }

        return await db.RiskAssessments.Where(a => a.CourseId == courseId && a.PersonId == studentId).MaxAsync(a => (long?)a.Id, cancellationToken);
    }

    private async Task AddAsync(Viewer viewer, long courseId, long studentId, RiskInterventionKind kind, Action<RiskIntervention> fill, CancellationToken cancellationToken)
    {
        var intervention = new RiskIntervention { CourseId = courseId, StudentId = studentId, AuthorId = viewer.PersonId, Kind = kind, At = time.GetUtcNow() };
        fill(intervention);
        db.RiskInterventions.Add(intervention);
        await db.SaveChangesAsync(cancellationToken);
    }
}

public enum RiskInterventionOutcome
{
    Done,

    /// <summary>The viewer may not act on this student in this course, or there is nothing to act on: answered as 404.</summary>
    NotAllowed,

    /// <summary>The form was made from an older page; nothing changed.</summary>
    Stale,

    /// <summary>The form's input is wrong; nothing changed.</summary>
    Invalid,
}

/// <summary>What came of a roster action, with the message the page shows.</summary>
public sealed record RiskInterventionResult(RiskInterventionOutcome Outcome, string Message)
{
    public static readonly RiskInterventionResult NotAllowed = new(RiskInterventionOutcome.NotAllowed, "");
}
