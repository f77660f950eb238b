using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Addin.Sdk.Summaries;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Briefs;

/// <summary>
/// What the stored recaps tell a brief. A brief is for those who teach, so it takes a session's current recap whether
/// approved or still a draft (marked as such), never a rejected one; the parent digest takes approved recaps only.
/// </summary>
public sealed class StoredRecapsForBriefs(AddinDbContext db, AccessPolicy access) : IRecapBriefSource
{
    /// <summary>How many recent recaps gaps and student responses are gathered from.</summary>
    public const int RecentSessions = 3;

    public async Task<RecapForBrief?> LastRecapAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken) =>
        (await RecentAsync(CourseRecaps(courseId), before, 1, cancellationToken)).Select(r => r.ForBrief).FirstOrDefault();

    public async Task<IReadOnlyList<GapForBrief>> OpenGapsAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        // Newest first: a gap that a later session's topic covers again is taken as closed there.
        var recent = await RecentAsync(CourseRecaps(courseId), before, RecentSessions, cancellationToken);
        var gaps = new List<GapForBrief>();
        var laterTopics = new List<string>();
        foreach (var (_, recordingId, recap) in recent)
        {
            foreach (var gap in recap.Gaps.OrderByDescending(g => g.Severity))
            {
                bool closed = laterTopics.Any(t => Mentions(t, gap.What));
                if (!closed && !gaps.Any(g => string.Equals(g.What, gap.What, StringComparison.OrdinalIgnoreCase)))
                {
                    gaps.Add(new GapForBrief(gap.What, gap.Severity.ToString(), new MomentForBrief(recordingId, gap.Evidence.At.TotalSeconds, gap.What)));
                }
            }

            laterTopics.AddRange(recap.Topics.Select(t => t.Title));
        }

        return gaps;
    }

    public async Task<IReadOnlyList<ExplanationResponse>> ExplanationResponsesAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken)
    {
        var recent = await RecentAsync(CourseRecaps(courseId), DateTimeOffset.MaxValue, RecentSessions, cancellationToken);
        var names = await db.People.AsNoTracking().Where(p => studentIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var responses = new List<ExplanationResponse>();
        foreach (var student in names.Where(n => !string.IsNullOrWhiteSpace(n.Name)))
        {
            string name = student.Name!;
            int asked = recent.Sum(r => r.Recap.Exchanges.Count(e => Mentions(e.AskedBy, name)));
            var gaps = recent.SelectMany(r => r.Recap.Gaps.Where(g => Mentions(g.Student, name))).ToList();
            int breakthroughs = recent.Sum(r => r.Recap.Moments.Count(m => m.Kind == MomentKind.Breakthrough && Mentions(m.Label + " " + m.Evidence.Quote, name)));
            if (asked + gaps.Count + breakthroughs == 0)
            {
                continue;
            }

            var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"asked {asked} question{(asked == 1 ? "" : "s")}") };
            if (gaps.Count > 0)
            {
                parts.Add("struggled with " + string.Join("; ", gaps.Select(g => g.What).Distinct(StringComparer.OrdinalIgnoreCase).Take(2)));
            }

            if (breakthroughs > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"had {breakthroughs} breakthrough{(breakthroughs == 1 ? "" : "s")} after an explanation"));
            }

            responses.Add(new ExplanationResponse(student.Id, $"In the last {recent.Count} recapped sessions: {string.Join(", ", parts)}."));
        }

        return responses;
    }

    public async Task<IReadOnlyList<RecapForBrief>> ApprovedForStudentAsync(long studentId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var student = await db.People.AsNoTracking().Where(p => p.Id == studentId)
            .Select(p => new { p.PlatformId, p.Platform!.InstitutionId }).SingleOrDefaultAsync(cancellationToken);
        if (student is null)
        {
            return [];
        }

        var visible = access.VisibleRecordings(new Viewer(studentId, student.PlatformId, student.InstitutionId, IsReviewer: false)).Select(r => r.Id);
        // A published recap's current version is its approval (or published edit), so UpdatedAt is when it was published.
        var published = db.Recaps.Where(r => visible.Contains(r.RecordingId) && (r.Status == RecapStatus.Approved || r.Status == RecapStatus.Edited)
            && r.UpdatedAt > since && r.UpdatedAt <= until);
        var recaps = await RecentAsync(published, DateTimeOffset.MaxValue, int.MaxValue, cancellationToken);
        return [.. recaps.Select(r => r.ForBrief).Reverse()];
    }

    private IQueryable<StoredRecap> CourseRecaps(long courseId) =>
        db.Recaps.Where(r => r.Status != RecapStatus.Rejected && db.Recordings.Any(rec => rec.Id == r.RecordingId && rec.CourseId == courseId));

    /// <summary>The newest <paramref name="count"/> recaps of sessions that started before <paramref name="before"/>, newest first.</summary>
    private async Task<List<RecentRecap>> RecentAsync(IQueryable<StoredRecap> recaps, DateTimeOffset before, int count, CancellationToken cancellationToken)
    {
        var rows = await recaps.AsNoTracking()
            .Join(db.Recordings, r => r.RecordingId, rec => rec.Id, (r, rec) => new { Recap = r, Recording = rec })
            .Select(x => new
            {
                x.Recording.Id,
                x.Recording.SessionId,
                SessionTitle = x.Recording.Session!.Title,
                StartsAt = x.Recording.Session.StartsAt,
                x.Recording.CreatedAt,
                x.Recap.Status,
                Json = db.RecapVersions.Where(v => v.RecapId == x.Recap.Id && v.Number == x.Recap.Version).Select(v => v.RecapJson).First(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new { Row = r, At = r.StartsAt ?? r.CreatedAt })
            .Where(r => r.At < before)
            .OrderByDescending(r => r.At)
            .Take(count)
            .Select(r =>
            {
                var recap = RecapJson.Read(r.Row.Json);
                var forBrief = new RecapForBrief(
                    r.Row.SessionId,
                    r.Row.SessionTitle,
                    r.At,
                    !r.Row.Status.IsPublished(),
                    recap.Overview,
                    [.. recap.Topics.Select(t => t.Title)],
                    [.. recap.ReviewQuestions.Select(q => q.Question)],
                    [.. recap.Moments.Select(m => new MomentForBrief(r.Row.Id, m.Evidence.At.TotalSeconds, m.Label))],
                    WhereStopped(recap));
                return new RecentRecap(forBrief, r.Row.Id, recap);
            })];
    }

    private static string? WhereStopped(Recap recap)
    {
        var lastTopic = recap.Topics.MaxBy(t => t.End);
        var lastExchange = recap.Exchanges.MaxBy(e => e.AnswerEvidence.At);
        return lastExchange is not null && (lastTopic is null || lastExchange.AnswerEvidence.At > lastTopic.End)
            ? $"after the question “{lastExchange.Question}”"
            : lastTopic is null ? null : $"in “{lastTopic.Title}”";
    }

    private static bool Mentions(string? text, string what) =>
        !string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(what) &&
        (text.Contains(what, StringComparison.OrdinalIgnoreCase) || what.Contains(text, StringComparison.OrdinalIgnoreCase));

    private sealed record RecentRecap(RecapForBrief ForBrief, long RecordingId, Recap Recap);
}
