using System.Globalization;
using Addin.Core.Audit;

namespace Addin.Web.Pages;

/// <summary>The audit log page's search fields as the query string carries them; a bad date is a problem to show, not a crash.</summary>
public sealed record AuditLogRequest(string? Actor, string? Action, string? Course, string? Target, string? Origin, string? From, string? To, int Page)
{
    public const int PageSize = 50;

    public static AuditLogRequest Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? Text(string name) => request.Query[name].FirstOrDefault() is { Length: > 0 } v ? v : null;
        int page = int.TryParse(Text("page"), NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p > 0 ? p : 1;
        return new AuditLogRequest(Text("actor"), Text("action"), Text("course"), Text("target"), Text("origin"), Text("from"), Text("to"), page);
    }

    /// <summary>The filter for an institution, or the problem with the dates.</summary>
    public (AuditFilter? Filter, string? Problem) ToFilter(long institutionId)
    {
        if (!TryDate(From, out var from) || !TryDate(To, out var to))
        {
            return (null, "Dates are written YYYY-MM-DD, e.g. 2026-09-01.");
        }

        return (new AuditFilter(institutionId) { Actor = Actor, Action = Action, Course = Course, Target = Target, Origin = Origin, From = from, To = to }, null);
    }

    /// <summary>The search as query-string parameters (each starting with <c>&amp;</c>), for the page and CSV links.</summary>
    public string Query(int? page = null)
    {
        var parts = new[] { ("actor", Actor), ("action", Action), ("course", Course), ("target", Target), ("origin", Origin), ("from", From), ("to", To), ("page", page?.ToString(CultureInfo.InvariantCulture)) };
        return string.Concat(parts.Where(p => p.Item2 is not null).Select(p => $"&{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        bool ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }
}
