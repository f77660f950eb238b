using System.Text.RegularExpressions;
using Addin.Web.Configuration;

namespace Addin.Web.Teams;

internal sealed partial class TeamsOptionsValidator : OptionsValidator<TeamsOptions>
{
    protected override IEnumerable<string> Problems(TeamsOptions options)
    {
        if (options.IsConfigured && !Guid.TryParse(options.ClientId, out _))
        {
            yield return $"Addin:Teams:ClientId '{options.ClientId}' must be the Entra app's Application (client) ID, a GUID.";
        }

        if (options.AppId is { Length: > 0 } appId && !Guid.TryParse(appId, out _))
        {
            yield return $"Addin:Teams:AppId '{appId}' must be a GUID (the Teams app's id), or left out to derive one from Addin's URL.";
        }

        foreach (var (key, url) in new[] { ("Authority", options.Authority), ("GraphBaseUrl", options.GraphBaseUrl) })
        {
            if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || (url.Scheme == "http" && !url.IsLoopback))
            {
                yield return $"Addin:Teams:{key} '{url}' must be an absolute https URL (http only on this machine, for tests).";
            }
        }

        foreach (string tenant in options.AllowedTenants.Concat(options.Tenants.Keys).Where(t => !Guid.TryParse(t, out _)))
        {
            yield return $"Addin:Teams tenant '{tenant}' must be an Entra tenant (directory) id, a GUID: see Entra admin center → Overview → Tenant ID.";
        }

        foreach (string origin in options.FrameAncestors.Where(o => !FrameSource().IsMatch(o)))
        {
            yield return $"Addin:Teams:FrameAncestors entry '{origin}' must be an origin like 'https://teams.microsoft.com' or 'https://*.cloud.microsoft'.";
        }
    }

    [GeneratedRegex(@"^https://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d+)?$")]
    private static partial Regex FrameSource();
}
