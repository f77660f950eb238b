using Addin.Core.Access;
using Addin.Core.Briefs;
using Addin.Core.Persistence;
using Addin.Web.Configuration;
using Addin.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Pages;

/// <summary>Builds a session's brief page, or null when the viewer is not its instructor, its substitute or a reviewer of its institution.</summary>
public sealed class BriefPageQuery(AddinDbContext db, AccessPolicy access, IOptions<BriefOptions> options)
{
    public async Task<BriefPageModel?> BuildAsync(RequestViewer viewer, long sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var session = await access.BriefedSessions(viewer.Viewer).AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new { s.Id, s.CourseId, CourseTitle = s.Course!.Title, s.Title, s.StartsAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.SessionId == sessionId, cancellationToken);
        string query = $"{ViewerResolver.QueryName}={Uri.EscapeDataString(viewer.Token)}";
        return new BriefPageModel(
            await RoleLabels.ForCourseAsync(db, viewer, session.CourseId, cancellationToken),
            session.Id,
            session.CourseId,
            session.CourseTitle,
            session.Title,
            session.StartsAt,
            brief is null ? null : BriefLinks.WithSession(brief.Html, query),
            brief?.GeneratedAt,
            session.StartsAt - options.Value.LeadTime,
            brief switch
            {
                { DeliveredAt: { } at } => $"Sent {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC.",
                { DeliveryError: { } error } => error,
                _ => null,
            });
    }
}
