using System.Globalization;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Audit;

/// <summary>What to look for in an institution's audit log. Empty fields match everything; dates are inclusive UTC days.</summary>
public sealed record AuditFilter(long InstitutionId)
{
    public string? Actor { get; init; }

    public string? Action { get; init; }

    /// <summary>A course key: events about the course or any of its recordings.</summary>
    public string? Course { get; init; }

    /// <summary>A target id (a recording id, a platform key…).</summary>
    public string? Target { get; init; }

    /// <summary>Where from: the start of an IP address, or a piece of the browser's user agent (ignoring case).</summary>
    public string? Origin { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}

/// <summary>One audit event as reviewers read it: who, what, when, from where.</summary>
public sealed record AuditRow(long Id, DateTimeOffset At, string Actor, string? ActorLmsId, string Action, string TargetType, string? TargetId, bool Allowed, string? RemoteAddress, string? Platform, string? Detail)
{
    /// <summary>How the action came: through the web, the command line or a job; null on entries older than this record.</summary>
    public AuditChannel? Channel { get; init; }

    /// <summary>The browser's user agent, for actions through the web.</summary>
    public string? UserAgent { get; init; }

    /// <summary>Where from, in words: the address for the web, else the command line or a job.</summary>
    public string From => Channel switch
    {
        AuditChannel.CommandLine => "command line",
        AuditChannel.Job => "background job",
        _ => RemoteAddress ?? "",
    };
}

/// <summary>A page of audit rows, newest first.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Searches an institution's audit log: only events from its own platforms.</summary>
public sealed class AuditSearch(AddinDbContext db)
{
    public async Task<AuditPage> PageAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = Query(filter);
        int total = await query.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var rows = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditPage(rows, page, pageSize, total);
    }

    /// <summary>Every matching row, newest first, streamed (for the CSV export).</summary>
    public IAsyncEnumerable<AuditRow> AllAsync(AuditFilter filter) => Query(filter).AsAsyncEnumerable();

    private IQueryable<AuditRow> Query(AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var platforms = db.Platforms.Where(p => p.InstitutionId == filter.InstitutionId).Select(p => p.Id);
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.PlatformId != null && platforms.Contains(a.PlatformId.Value));
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            entries = entries.Where(a => a.Action.StartsWith(filter.Action.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Target))
        {
            entries = entries.Where(a => a.TargetId == filter.Target.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Course))
        {
            var courses = db.Courses.Where(c => c.Key == filter.Course.Trim() && platforms.Contains(c.PlatformId));
            var courseIds = courses.Select(c => c.Id.ToString());
            var recordingIds = db.Recordings.Where(r => courses.Any(c => c.Id == r.CourseId)).Select(r => r.Id.ToString());
            entries = entries.Where(a => (a.TargetType == "course" && courseIds.Contains(a.TargetId!)) || (a.TargetType == "recording" && recordingIds.Contains(a.TargetId!)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Origin))
        {
            string origin = filter.Origin.Trim();
            string lowered = origin.ToLower(CultureInfo.InvariantCulture);
            entries = entries.Where(a => (a.RemoteAddress != null && a.RemoteAddress.StartsWith(origin)) || (a.UserAgent != null && a.UserAgent.ToLower().Contains(lowered)));
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At < end);
        }

        var rows = from a in entries
                   join p in db.People on a.PersonId equals (long?)p.Id into actors
                   from actor in actors.DefaultIfEmpty()
                   select new { a, actor, Platform = db.Platforms.Where(pl => pl.Id == a.PlatformId).Select(pl => pl.Key).FirstOrDefault() };
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actorText = filter.Actor.Trim().ToLower(CultureInfo.InvariantCulture);
            rows = rows.Where(r => r.actor != null && (r.actor.Subject.ToLower() == actorText
                || (r.actor.Name != null && r.actor.Name.ToLower().Contains(actorText))
                || (r.actor.Email != null && r.actor.Email.ToLower().Contains(actorText))));
        }

        return rows.OrderByDescending(r => r.a.Id).Select(r => new AuditRow(
            r.a.Id, r.a.At, r.actor != null ? (r.actor.Name ?? r.actor.Email ?? r.actor.Subject) : "—", r.actor != null ? r.actor.Subject : null,
            r.a.Action, r.a.TargetType, r.a.TargetId, r.a.Allowed, r.a.RemoteAddress, r.Platform, r.a.Detail) { Channel = r.a.Channel, UserAgent = r.a.UserAgent });
    }
}
