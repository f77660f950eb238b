using Addin.Core.Alerts;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Briefs;

/// <summary>
/// Which parents and mentors a digest is due to, and what it holds: for each one with an email address, the recaps of
/// their children (LTI mentor links) approved since their last digest was sent (a first digest looks back
/// <see cref="FirstLookBack"/>), up to the period's end. A parent with nothing new, or whose digest of this period was
/// sent already, has none due.
/// </summary>
public sealed class ParentDigests(AddinDbContext db, ParentDigest digest)
{
    /// <summary>How far back a parent's first digest reaches.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(7);

    /// <summary>The digests due for the period ending at <paramref name="until"/>, each parent once, dates in <paramref name="zone"/>.</summary>
    public async Task<IReadOnlyList<DueDigest>> DueAsync(DateTimeOffset until, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var links = await db.MentorLinks.AsNoTracking()
            .Where(m => m.Mentor!.Email != null && m.Mentor.Email != "")
            .Select(m => new { m.MentorId, m.Mentor!.PlatformId, m.Mentor.Name, m.Mentor.Subject, Email = m.Mentor.Email!, m.StudentId })
            .ToListAsync(cancellationToken);
        var due = new List<DueDigest>();
        foreach (var parent in links.GroupBy(l => l.MentorId).OrderBy(g => g.Key))
        {
            var first = parent.First();
            // A digest sent for this period, or sent by hand after it, leaves nothing due until the next period.
            var sent = await db.DigestDeliveries.AsNoTracking()
                .Where(d => d.ParentId == parent.Key && d.Status == AlertStatus.Sent)
                .Select(d => d.Until).ToListAsync(cancellationToken);
            var since = sent.Count > 0 ? sent.Max() : until - FirstLookBack;
            if (since >= until)
            {
                continue;
            }

            var children = new List<StudentDigest>();
            foreach (long studentId in parent.Select(l => l.StudentId).Distinct().Order())
            {
                if (await digest.ComposeAsync(studentId, since, until, zone, cancellationToken) is { Recaps.Count: > 0 } child)
                {
                    children.Add(child);
                }
            }

            if (children.Count > 0)
            {
                due.Add(new DueDigest(parent.Key, first.PlatformId, first.Name ?? first.Subject, first.Email, since, until, children));
            }
        }

        return due;
    }
}

/// <summary>A digest due to one parent: each child with new approved recaps.</summary>
public sealed record DueDigest(long ParentId, long PlatformId, string ParentName, string Email, DateTimeOffset Since, DateTimeOffset Until, IReadOnlyList<StudentDigest> Children)
{
    public int RecapCount => Children.Sum(c => c.Recaps.Count);
}
