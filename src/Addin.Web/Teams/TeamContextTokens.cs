using System.Globalization;
using Addin.Web.Configuration;
using Addin.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Addin.Web.Teams;

/// <summary>The team a signed-in person opened the tab in, as the link page receives it (signed: the page cannot be pointed at another team).</summary>
public sealed record TeamContext(long PersonId, string TenantId, TeamRef Team, string TeamName);

/// <summary>Signs and reads <see cref="TeamContext"/> for the link page, with the lifetime of a page session.</summary>
public sealed class TeamContextTokens(IDataProtectionProvider protection, IOptions<AddinOptions> options, TimeProvider time)
{
    private readonly ExpiringToken tokens = new(protection.CreateProtector("Addin.TeamsContext.v1"), time);

    public string Issue(TeamContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return tokens.Issue(
            [context.PersonId.ToString(CultureInfo.InvariantCulture), Uri.EscapeDataString(context.TenantId), Uri.EscapeDataString(context.Team.Key), Uri.EscapeDataString(context.TeamName)],
            time.GetUtcNow() + options.Value.SessionLifetime);
    }

    /// <summary>The context, or null when the token is forged, damaged or expired.</summary>
    public TeamContext? Read(string? token)
    {
        if (tokens.Read(token, 4) is not ([var person, var tenant, var team, var name], _) || !long.TryParse(person, CultureInfo.InvariantCulture, out long personId))
        {
            return null;
        }

        return new TeamContext(personId, Uri.UnescapeDataString(tenant), TeamRef.FromKey(Uri.UnescapeDataString(team)), Uri.UnescapeDataString(name));
    }
}
