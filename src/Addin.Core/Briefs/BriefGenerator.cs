using Addin.Core.Persistence;
using Addin.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Briefs;

/// <summary>
/// Writes the brief of every session that starts within the lead time and has none yet. Running it again, or on two
/// workers at once, writes no second brief: a session has at most one (unique index), and a lost race is skipped.
/// </summary>
public sealed class BriefGenerator(AddinDbContext db, BriefComposer composer, TemplateStore templates, LiquidTemplates liquid, TimeProvider time)
{
    /// <summary>Generates the due briefs; returns the ids of those written by this run.</summary>
    public async Task<IReadOnlyList<long>> GenerateDueAsync(TimeSpan leadTime, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + leadTime;
        var due = await db.Sessions
            .Where(s => s.StartsAt > now && s.StartsAt <= until && !db.Briefs.Any(b => b.SessionId == s.Id))
            .Include(s => s.Course).Include(s => s.Instructor).Include(s => s.Substitute).Include(s => s.Participants)
            .AsSplitQuery().AsNoTracking()
            .ToListAsync(cancellationToken);

        var sources = new Dictionary<long, string>();
        var written = new List<long>();
        foreach (var session in due)
        {
            long platformId = session.Course!.PlatformId;
            if (!sources.TryGetValue(platformId, out string? source))
            {
                source = await templates.SourceAsync(platformId, TemplateNames.Brief, cancellationToken);
                sources[platformId] = source;
            }

            var model = await composer.ComposeAsync(session, cancellationToken);
            var brief = new Brief
            {
                SessionId = session.Id,
                RecipientId = session.SubstituteId ?? session.InstructorId,
                ForSubstitute = session.SubstituteId is not null,
                Html = await liquid.RenderAsync(source, "brief", model, cancellationToken),
                GeneratedAt = now,
            };
            db.Briefs.Add(brief);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                written.Add(brief.Id);
            }
            catch (DbUpdateException)
            {
                // Another run wrote this session's brief first.
                db.ChangeTracker.Clear();
            }
        }

        return written;
    }
}
