using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Sessions;

/// <summary>Finds the viewer of a request from its session token (query <c>t</c>, or <c>Authorization: Bearer</c>).</summary>
public sealed class ViewerResolver(ViewerSessionTokens tokens, AddinDbContext db)
{
    public const string QueryName = "t";

    public async Task<RequestViewer?> ResolveAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        string? token = http.Request.Query[QueryName];
        if (string.IsNullOrEmpty(token))
        {
            string? header = http.Request.Headers.Authorization;
            token = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        }

        if (tokens.Read(token) is not { } session)
        {
            return null;
        }

        var person = await db.People.AsNoTracking().Include(p => p.Platform).SingleOrDefaultAsync(p => p.Id == session.PersonId, cancellationToken);
        if (person?.Platform is null)
        {
            return null;
        }

        var viewer = new Viewer(person.Id, person.PlatformId, person.Platform.InstitutionId, person.IsReviewer);
        return new RequestViewer(viewer, person, session, token!);
    }
}
