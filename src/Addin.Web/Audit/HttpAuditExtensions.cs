using Addin.Core.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Audit;

/// <summary>Builds audit records from a request: who (if known) and from where (address and user agent).</summary>
public static class HttpAuditExtensions
{
    public static AuditRecord Audit(this HttpContext http, RequestViewer? viewer, string action, string targetType, string? targetId, bool allowed, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new AuditRecord(action, targetType, targetId, allowed)
        {
            PersonId = viewer?.Person.Id,
            PlatformId = viewer?.Person.PlatformId,
            Origin = http.AuditOrigin(),
            Detail = detail,
        };
    }

    /// <summary>The request's client: its address and the user agent it sent.</summary>
    public static AuditOrigin AuditOrigin(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Core.Audit.AuditOrigin.Web(http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString());
    }
}
