using System.Globalization;
using Addin.Web.Sessions;

namespace Addin.Web.Teams;

/// <summary>The Teams tab's routes, and the links between them (each carries the page session, as in the LMS iframe).</summary>
public static class TeamsRoutes
{
    public const string Prefix = "/teams";
    public const string TabPath = "/teams/tab";
    public const string ConfigurePath = "/teams/configure";
    public const string SessionPath = "/teams/session";
    public const string LinkPath = "/teams/link";

    /// <summary>The query parameter of the signed team context on the link page.</summary>
    public const string TeamQueryName = "team";

    public static Uri Tab(Uri baseUrl) => new(baseUrl, TabPath);

    public static Uri Configure(Uri baseUrl) => new(baseUrl, ConfigurePath);

    /// <summary>The linking page for a team, for the viewer with this session.</summary>
    public static string Link(string sessionToken, string teamToken) => string.Create(
        CultureInfo.InvariantCulture,
        $"{LinkPath}?{ViewerResolver.QueryName}={Uri.EscapeDataString(sessionToken)}&{TeamQueryName}={Uri.EscapeDataString(teamToken)}");
}
