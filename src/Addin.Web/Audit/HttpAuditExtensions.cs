using Addin.Core.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Audit;

/// <summary>Builds audit records from a request: who (if known) and from where.</summary>
public static class HttpAuditExtensions
{
    public static AuditRecord Audit(this HttpContext http, RequestViewer? viewer, string action, string targetType, string? targetId, bool allowed, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new AuditRecord(action, targetType, targetId, allowed)
        {
            PersonId = viewer?.Person.Id,
            PlatformId = viewer?.Person.PlatformId,
            RemoteAddress = http.Connection.RemoteIpAddress?.ToString(),
            Detail = detail,
        };
    }
}
