using Addin.Core.Persistence;
using Addin.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Addin.Core.Briefs;

/// <summary>
/// Writes the brief of every session that starts within the lead time and has none yet. Running it again, or on two
/// workers at once, writes no second brief: a session has at most one (unique index), and a lost race is skipped.
/// A platform's own template that fails to render (it exceeded a limit) is logged and Addin's own is used, so one
/// platform's template never leaves instructors without a brief.
/// </summary>
public sealed partial class BriefGenerator(
    AddinDbContext db, BriefComposer composer, TemplateStore templates, LiquidTemplates liquid, TimeProvider time, ILogger<BriefGenerator> logger)
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
                Html = await RenderAsync(platformId, source, model, cancellationToken),
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

    private async Task<string> RenderAsync(long platformId, string source, BriefModel model, CancellationToken cancellationToken)
    {
        string own = templates.DefaultSource(TemplateNames.Brief);
        try
        {
            return await liquid.RenderAsync(source, "brief", model, cancellationToken);
        }
        catch (TemplateException ex) when (!string.Equals(source, own, StringComparison.Ordinal))
        {
            LogOverrideFailed(logger, platformId, ex.Message);
            return await liquid.RenderAsync(own, "brief", model, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Platform {PlatformId}'s brief template failed, Addin's own was used: {Problem}. Fix it with ./addin templates set, or reset it.")]
    private static partial void LogOverrideFailed(ILogger logger, long platformId, string problem);
}
