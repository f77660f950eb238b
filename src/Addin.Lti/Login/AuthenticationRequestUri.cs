using System.Text;

namespace Addin.Lti.Login;

/// <summary>Builds the OIDC authentication request the tool sends the browser to (Security Framework §5.1.1.2).</summary>
internal static class AuthenticationRequestUri
{
    public static Uri Build(Uri authorizationEndpoint, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var query = new StringBuilder(authorizationEndpoint.Query.TrimStart('?'));
        foreach (var (name, value) in parameters)
        {
            if (query.Length > 0)
            {
                query.Append('&');
            }

            query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return new UriBuilder(authorizationEndpoint) { Query = query.ToString(), Fragment = string.Empty }.Uri;
    }
}
