using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Addin.Web.Teams;

/// <summary>
/// Addin's own access tokens for Microsoft Graph in a tenant (OAuth 2.0 client credentials grant against the tenant's
/// token endpoint, scope <c>{graph}/.default</c>), cached until shortly before they expire.
/// </summary>
public sealed class GraphAppTokens(IOptions<TeamsOptions> options, IHttpClientFactory httpClients, TimeProvider time)
{
    public const string HttpClientName = "Addin.Teams.Graph";

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(tenantId, out var cached) && cached.ExpiresAt > time.GetUtcNow())
        {
            return cached.Token;
        }

        var teams = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, teams.TokenEndpointFor(tenantId))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = teams.ClientId!.Trim(),
                ["client_secret"] = teams.ClientSecret!,
                ["scope"] = new Uri(teams.GraphBaseUrl, "/").ToString() + ".default",
                ["grant_type"] = "client_credentials",
            }),
        };
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new TeamRolesUnavailableException($"Entra ID's token endpoint for tenant {tenantId} could not be reached ({ex.Message}).", ex);
        }

        using (response)
        {
            using var json = await ReadJsonAsync(response, cancellationToken);
            var root = json?.RootElement;
            if (!response.IsSuccessStatusCode || root is not { ValueKind: JsonValueKind.Object } body ||
                !body.TryGetProperty("access_token", out var token) || token.GetString() is not { Length: > 0 } accessToken)
            {
                string error = root is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("error", out var code) ? code.GetString() ?? "" : "";
                throw new TeamRolesUnavailableException(
                    $"Entra ID refused Addin's Graph credentials for tenant {tenantId} ({(int)response.StatusCode} {error}). " +
                    "Check Addin:Teams:ClientSecret and that an administrator of the tenant granted the app its Graph permissions.");
            }

            int seconds = body.TryGetProperty("expires_in", out var expiresIn) && expiresIn.TryGetInt32(out int s) ? s : 3600;
            var expiresAt = time.GetUtcNow() + TimeSpan.FromSeconds(seconds) - Margin;
            cache[tenantId] = (accessToken, expiresAt);
            return accessToken;
        }
    }

    /// <summary>Forgets the tenant's token (Graph said it is no longer good).</summary>
    public void Invalidate(string tenantId) => cache.TryRemove(tenantId, out _);

    private static async Task<JsonDocument?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
