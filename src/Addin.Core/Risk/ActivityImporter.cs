using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Risk;

/// <summary>
/// Stores checked activity rows for one platform. Students and courses are matched by their LMS ids (the LTI
/// <c>sub</c> and context id); ones Addin has not seen yet are added, since an institution's history names past
/// students and courses. A row that repeats a stored (student, course, day, kind) replaces its value, so importing a
/// file twice stores each fact once.
/// </summary>
public sealed class ActivityImporter(AddinDbContext db, TimeProvider time)
{
    private const int BatchSize = 2000;

    /// <summary>Imports the rows; reports how many were stored so far.</summary>
    public async Task<ActivityImport> ImportAsync(long platformId, IReadOnlyList<ActivityRow> rows, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(progress);
        var now = time.GetUtcNow();
        var people = await PeopleAsync(platformId, rows, cancellationToken);
        var courses = await CoursesAsync(platformId, rows, cancellationToken);
        var courseIds = courses.Values.Select(c => c.Id).ToList();
        // Read without tracking and cleared after each batch: a tracker holding every stored fact would make each save slower.
        // Only the facts about a whole day are the import's own; attendance per session (Teams reports, launches) is not.
        var stored = await db.StudentActivities.AsNoTracking().Where(a => courseIds.Contains(a.CourseId) && a.SessionId == null)
            .Select(a => new { a.Id, a.CourseId, a.PersonId, a.Date, a.Kind, a.Value })
            .ToDictionaryAsync(a => (a.CourseId, a.PersonId, a.Date, a.Kind), a => (a.Id, a.Value), cancellationToken);
        int added = 0, changed = 0, unchanged = 0, done = 0;
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            var batch = new Dictionary<(long, long, DateOnly, ActivityKind), StudentActivity>();
            foreach (var row in chunk)
            {
                var key = (courses[row.Course].Id, people[row.Student].Id, row.Date, row.Kind);
                if (batch.TryGetValue(key, out var pending) || !stored.TryGetValue(key, out var fact))
                {
                    if (pending is null)
                    {
                        pending = new StudentActivity { CourseId = key.Item1, PersonId = key.Item2, Date = row.Date, Kind = row.Kind, Value = row.Value, ImportedAt = now };
                        db.StudentActivities.Add(pending);
                        batch.Add(key, pending);
                        added++;
                    }
                    else if (pending.Value.Equals(row.Value))
                    {
                        unchanged++;
                    }
                    else
                    {
                        pending.Value = row.Value;
                        changed++;
                    }
                }
                else if (fact.Value.Equals(row.Value))
                {
                    unchanged++;
                }
                else
                {
                    var correction = new StudentActivity { Id = fact.Id, CourseId = key.Item1, PersonId = key.Item2, Date = row.Date, Kind = row.Kind, Value = row.Value, ImportedAt = now };
                    db.StudentActivities.Attach(correction);
                    db.Entry(correction).Property(a => a.Value).IsModified = true;
                    db.Entry(correction).Property(a => a.ImportedAt).IsModified = true;
                    db.Entry(correction).Property(a => a.Source).IsModified = true;
                    batch.Add(key, correction);
                    changed++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (key, activity) in batch)
            {
                stored[key] = (activity.Id, activity.Value);
            }

            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress.Report(done);
        }

        return new ActivityImport(added, changed, unchanged);
    }

    private async Task<Dictionary<string, Person>> PeopleAsync(long platformId, IReadOnlyList<ActivityRow> rows, CancellationToken cancellationToken)
    {
        var people = await db.People.Where(p => p.PlatformId == platformId).ToDictionaryAsync(p => p.Subject, StringComparer.Ordinal, cancellationToken);
        foreach (string subject in rows.Select(r => r.Student).Distinct(StringComparer.Ordinal).Where(s => !people.ContainsKey(s)))
        {
            var person = new Person { PlatformId = platformId, Subject = subject };
            db.People.Add(person);
            people.Add(subject, person);
        }

        await db.SaveChangesAsync(cancellationToken);
        return people;
    }

    private async Task<Dictionary<string, Course>> CoursesAsync(long platformId, IReadOnlyList<ActivityRow> rows, CancellationToken cancellationToken)
    {
        var courses = await db.Courses.Where(c => c.PlatformId == platformId).ToDictionaryAsync(c => c.ContextId, StringComparer.Ordinal, cancellationToken);
        foreach (string contextId in rows.Select(r => r.Course).Distinct(StringComparer.Ordinal).Where(c => !courses.ContainsKey(c)))
        {
            // Its title and label come with the first launch from it.
            var course = new Course { PlatformId = platformId, ContextId = contextId, Key = await CourseKeys.NewAsync(db.Courses, contextId, cancellationToken), Title = contextId };
            db.Courses.Add(course);
            await db.SaveChangesAsync(cancellationToken);
            courses.Add(contextId, course);
        }

        return courses;
    }
}

/// <summary>What an import did.</summary>
/// <param name="Added">Facts stored for the first time.</param>
/// <param name="Changed">Stored facts whose value the file corrected.</param>
/// <param name="Unchanged">Rows that repeated a stored fact.</param>
public sealed record ActivityImport(int Added, int Changed, int Unchanged);
