using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Addin.Web.Teams;

/// <summary>
/// Each tenant's OpenID Connect configuration and signing keys, fetched from
/// <c>{Authority}/{tenant}/v2.0/.well-known/openid-configuration</c> and cached by IdentityModel's
/// ConfigurationManager (refreshed every 12 hours, and on an unknown key id at most every 5 minutes): no fetch per sign-in.
/// </summary>
public sealed class EntraMetadata(IOptions<TeamsOptions> options, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "Addin.Teams.Entra";

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.OrdinalIgnoreCase);

    public Task<OpenIdConnectConfiguration> GetAsync(string tenantId, CancellationToken cancellationToken) =>
        Manager(tenantId).GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for a fresh copy at the next read (a token named a key the cached set does not have).</summary>
    public void RequestRefresh(string tenantId) => Manager(tenantId).RequestRefresh();

    private ConfigurationManager<OpenIdConnectConfiguration> Manager(string tenantId) => managers.GetOrAdd(tenantId, tid =>
    {
        var teams = options.Value;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            RequireHttps = teams.Authority.Scheme == Uri.UriSchemeHttps,
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            teams.MetadataAddressFor(tid).ToString(), new OpenIdConnectConfigurationRetriever(), retriever);
    });
}
