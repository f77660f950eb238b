using System.Globalization;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Sessions;

/// <summary>
/// Schedules sessions from CSV (a header row, RFC 4180): <c>course,title,start,end,duration,timezone,recurrence,instructor,substitute</c>.
/// <c>course</c> is Addin's course key; <c>start</c> is local (<c>2027-01-11 17:00</c>); give <c>end</c> (<c>18:00</c>) or
/// <c>duration</c> in minutes; people by email or LMS user id. Each line is scheduled or reported on its own.
/// </summary>
public sealed class SessionCsvImport(AddinDbContext db, SessionScheduler scheduler)
{
    public static readonly string[] Columns = ["course", "title", "start", "end", "duration", "timezone", "recurrence", "instructor", "substitute"];

    private static readonly string[] Required = ["course", "title", "start", "timezone"];

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd H:mm"];

    /// <summary>Imports every line; the result says per line what was scheduled or what is wrong.</summary>
    /// <exception cref="FormatException">The header or the CSV itself is broken; nothing was imported.</exception>
    public async Task<IReadOnlyList<SessionImportLine>> ImportAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var rows = CsvRows.Read(csv).ToList();
        if (rows.Count == 0)
        {
            throw new FormatException($"the file is empty; its first line must be the header '{string.Join(',', Columns)}'.");
        }

        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        if (!header.Contains("end") && !header.Contains("duration"))
        {
            missing.Add("end or duration");
        }

        if (missing.Count > 0)
        {
            throw new FormatException($"line {rows[0].Line}: the header lacks {string.Join(", ", missing)}; it must be '{string.Join(',', Columns)}'.");
        }

        var results = new List<SessionImportLine>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            string Field(string name) => header.IndexOf(name) is var i and >= 0 && i < fields.Count ? fields[i].Trim() : "";
            var (plan, problems) = await ReadAsync(Field, cancellationToken);
            if (plan is not null)
            {
                var (sessions, scheduleProblems) = await scheduler.ScheduleAsync(plan, null, cancellationToken);
                problems = [.. problems, .. scheduleProblems];
                if (problems.Count == 0)
                {
                    results.Add(new SessionImportLine(line, sessions.Count, []));
                    continue;
                }
            }

            results.Add(new SessionImportLine(line, 0, problems));
        }

        return results;
    }

    private async Task<(SessionPlan? Plan, List<string> Problems)> ReadAsync(Func<string, string> field, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var course = await db.Courses.AsNoTracking().Where(c => c.Key == field("course")).Select(c => new { c.Id, c.PlatformId }).SingleOrDefaultAsync(cancellationToken);
        if (course is null)
        {
            problems.Add($"course '{field("course")}' is not known; use Addin's key of the course (its watched folder's name, e.g. alg-101).");
        }

        bool started = DateTime.TryParseExact(field("start"), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start);
        if (!started)
        {
            problems.Add($"start '{field("start")}' is not a local date and time like 2027-01-11 17:00.");
        }

        TimeSpan? duration = null;
        if (field("duration") is { Length: > 0 } minutes)
        {
            duration = int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out int m) ? TimeSpan.FromMinutes(m) : null;
            if (duration is null)
            {
                problems.Add($"duration '{minutes}' is not a whole number of minutes.");
            }
        }
        else if (field("end") is { Length: > 0 } end)
        {
            if (TimeOnly.TryParseExact(end, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var endTime))
            {
                duration = started ? (start.Date + endTime.ToTimeSpan()) - start : null;
            }
            else if (DateTime.TryParseExact(end, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var endAt))
            {
                duration = endAt - start;
            }
            else
            {
                problems.Add($"end '{end}' is not a local time like 18:00 (or 2027-01-11 18:00).");
            }
        }
        else
        {
            problems.Add("neither end nor duration is given; give one, e.g. end 18:00 or duration 60.");
        }

        Recurrence? recurrence = null;
        try
        {
            recurrence = Recurrence.Parse(field("recurrence"));
        }
        catch (FormatException ex)
        {
            problems.Add(ex.Message);
        }

        long? instructor = course is null ? null : await PersonAsync(course.PlatformId, "instructor", field("instructor"), problems, cancellationToken);
        long? substitute = course is null ? null : await PersonAsync(course.PlatformId, "substitute", field("substitute"), problems, cancellationToken);
        if (problems.Count > 0 || course is null || duration is null)
        {
            return (null, problems);
        }

        return (new SessionPlan(course.Id, field("title"), start, duration.Value, field("timezone"), recurrence, instructor, substitute), problems);
    }

    private async Task<long?> PersonAsync(long platformId, string role, string who, List<string> problems, CancellationToken cancellationToken)
    {
        if (who.Length == 0)
        {
            return null;
        }

        var ids = await db.People.AsNoTracking()
            .Where(p => p.PlatformId == platformId && (p.Subject == who || p.Email == who))
            .Select(p => p.Id).Take(2).ToListAsync(cancellationToken);
        if (ids.Count != 1)
        {
            problems.Add(ids.Count == 0
                ? $"{role} '{who}' is not known in this course's LMS; they must have opened Addin once (or be on a synced roster)."
                : $"{role} '{who}' matches more than one person; give their LMS user id instead of the email.");
            return null;
        }

        return ids[0];
    }
}

/// <summary>The outcome of one CSV line: how many sessions it scheduled, or what is wrong with it.</summary>
public sealed record SessionImportLine(int Line, int Scheduled, IReadOnlyList<string> Problems);
