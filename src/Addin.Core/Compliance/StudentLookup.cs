using Addin.Core.People;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Compliance;

/// <summary>A student of an institution: their person row on each of its platforms that knows their LMS id.</summary>
public sealed record InstitutionStudent(long InstitutionId, string InstitutionSlug, string LmsId, IReadOnlyList<Person> People)
{
    public IReadOnlyList<long> PersonIds => People.Select(p => p.Id).ToList();

    /// <summary>What identifies them in free text: their LMS id, names and emails.</summary>
    public IReadOnlyList<string> Identifiers =>
        People.SelectMany(p => new[] { p.Subject, p.Name, p.Email }).OfType<string>()
            .Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>Finds a student by institution slug and LMS id, or says clearly why not.</summary>
public static class StudentLookup
{
    public static async Task<InstitutionStudent> FindAsync(AddinDbContext db, string institution, string lmsId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == institution, cancellationToken);
        if (found is null)
        {
            var slugs = await db.Institutions.AsNoTracking().OrderBy(i => i.Slug).Select(i => i.Slug).ToListAsync(cancellationToken);
            throw new StudentNotFoundException($"No institution '{institution}'. The institutions are: {string.Join(", ", slugs.DefaultIfEmpty("none"))}.");
        }

        var people = await db.People.AsNoTracking()
            .Where(p => p.Subject == lmsId && p.Platform!.InstitutionId == found.Id)
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            throw new StudentNotFoundException($"No one with LMS id '{lmsId}' in '{institution}': the id is the LTI 'sub' the LMS sends (not a name or email).");
        }

        return new InstitutionStudent(found.Id, found.Slug, lmsId, people);
    }
}

/// <summary>The institution or student named does not exist; the message says what to check.</summary>
public sealed class StudentNotFoundException(string message) : Exception(message);
