using System.Globalization;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Briefs;

/// <summary>Gathers what a session's brief says: its students, the last recap, open gaps, risks, what comes next.</summary>
public sealed class BriefComposer(AddinDbContext db, IRecapBriefSource recaps, IRiskBriefSource risks, ICurriculumBriefSource curriculum)
{
    private const int WarmUpQuestions = 3;

    /// <summary>The brief's model. The session must come with its course, instructor, substitute and participants.</summary>
    public async Task<BriefModel> ComposeAsync(Session session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var startsAt = session.StartsAt ?? throw new ArgumentException("Only a scheduled session has a brief.", nameof(session));
        var zone = session.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
        var students = await StudentsAsync(session, cancellationToken);
        long[] studentIds = [.. students.Select(s => s.Id)];

        var recap = await recaps.LastRecapAsync(session.CourseId, startsAt, cancellationToken);
        var gaps = await recaps.OpenGapsAsync(session.CourseId, startsAt, cancellationToken);
        var riskList = await risks.RisksAsync(session.CourseId, studentIds, cancellationToken);
        var next = await curriculum.NextTopicsAsync(session.CourseId, startsAt, cancellationToken);
        bool forSubstitute = session.SubstituteId is not null;
        var responses = forSubstitute
            ? (await recaps.ExplanationResponsesAsync(session.CourseId, studentIds, cancellationToken)).ToDictionary(r => r.StudentId, r => r.HowTheyRespond)
            : [];
        var riskOf = riskList.ToDictionary(r => r.StudentId);

        return new BriefModel(
            session.Course?.Title ?? "",
            session.Title,
            LocalText(startsAt, zone),
            (session.Substitute ?? session.Instructor)?.DisplayName,
            session.Instructor?.DisplayName,
            forSubstitute,
            [.. students.Select(s => new BriefStudent(
                s.Name,
                riskOf.GetValueOrDefault(s.Id)?.Level,
                riskOf.GetValueOrDefault(s.Id)?.Reasons ?? [],
                responses.GetValueOrDefault(s.Id)))],
            riskList.Count > 0,
            recap is null ? null : Recap(recap, zone),
            [.. gaps.Select(g => new BriefGap(g.What, g.Severity, g.Evidence is { } e ? Moment(e) : null))],
            next,
            recap is null ? [] : [.. recap.ReviewQuestions.Take(WarmUpQuestions)]);
    }

    /// <summary>A recap as templates show it (the brief's last-session section and the parent digest).</summary>
    public static BriefRecap Recap(RecapForBrief recap, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(recap);
        return new BriefRecap(
            recap.SessionTitle,
            recap.SessionStartsAt is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture) : null,
            recap.IsDraft,
            recap.Summary,
            recap.Topics,
            recap.WhereStopped,
            [.. recap.Moments.Select(Moment)]);
    }

    public static string LocalText(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(at, zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({zone.Id})";
    }

    private static BriefMoment Moment(MomentForBrief moment)
    {
        var at = TimeSpan.FromSeconds(Math.Max(0, moment.Seconds));
        string text = at.TotalHours >= 1 ? at.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : at.ToString(@"m\:ss", CultureInfo.InvariantCulture);
        return new BriefMoment(moment.Label, text, BriefLinks.Moment(moment.RecordingId, moment.Seconds));
    }

    private async Task<List<(long Id, string Name)>> StudentsAsync(Session session, CancellationToken cancellationToken)
    {
        var people = session.Participants.Count > 0
            ? db.People.Where(p => session.Participants.Select(sp => sp.PersonId).Contains(p.Id))
            : db.Enrollments.Where(e => e.CourseId == session.CourseId && (e.Roles & CourseRoles.Learner) != 0).Select(e => e.Person!);
        var rows = await people.AsNoTracking().Select(p => new { p.Id, p.Name, p.Email, p.Subject }).ToListAsync(cancellationToken);
        return [.. rows.Select(p => (p.Id, p.Name ?? p.Email ?? p.Subject)).OrderBy(p => p.Item2, StringComparer.CurrentCulture)];
    }
}
