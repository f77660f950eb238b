using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Addin.Web.Teams;

/// <summary>
/// Team roles from Microsoft Graph over plain HTTP (the documented endpoints <c>GET /teams/{id}/members</c> and
/// <c>GET /chats/{id}/members</c>, following <c>@odata.nextLink</c> pages), with the app's own credentials. Throttling
/// (429) and unavailability (503, 504) are waited out as <c>Retry-After</c> says, a few times, on the injected clock.
/// </summary>
public sealed partial class GraphTeamRoles(
    IOptions<TeamsOptions> options,
    GraphAppTokens tokens,
    IHttpClientFactory httpClients,
    TimeProvider time,
    ILogger<GraphTeamRoles> logger) : ITeamRoles
{
    public const int MaxAttempts = 4;
    public const int MaxPages = 200;

    /// <summary>The longest Retry-After waited for; beyond it, the request fails with a clear message instead of hanging the page.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    public bool CanCheck => options.Value.HasGraph;

    public async Task<TeamRole> GetRoleAsync(string tenantId, TeamRef team, string userObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (!CanCheck)
        {
            throw new TeamRolesUnavailableException("Microsoft Graph is not configured (Addin:Teams:ClientSecret).");
        }

        var graph = options.Value.GraphBaseUrl;
        string collection = team.IsChat ? "chats" : "teams";
        Uri? page = new($"{graph.ToString().TrimEnd('/')}/{collection}/{Uri.EscapeDataString(team.Id)}/members");
        for (int pages = 0; page is not null && pages < MaxPages; pages++)
        {
            using var json = await GetAsync(tenantId, page, cancellationToken);
            if (json is null)
            {
                return TeamRole.NotMember; // no such team or chat
            }

            foreach (var member in Members(json.RootElement))
            {
                if (member.TryGetProperty("userId", out var id) && string.Equals(id.GetString(), userObjectId, StringComparison.OrdinalIgnoreCase))
                {
                    var roles = member.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
                        ? r.EnumerateArray().Select(x => x.GetString()).ToList()
                        : [];
                    return roles.Contains("owner", StringComparer.OrdinalIgnoreCase) ? TeamRole.Owner
                        : roles.Contains("guest", StringComparer.OrdinalIgnoreCase) ? TeamRole.Guest
                        : TeamRole.Member;
                }
            }

            page = NextPage(json.RootElement, graph);
        }

        return TeamRole.NotMember;
    }

    private static IEnumerable<JsonElement> Members(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.Object)
            : [];

    /// <summary>The next page, only on Graph's own host: Addin's token is never sent anywhere else.</summary>
    private static Uri? NextPage(JsonElement root, Uri graph)
    {
        if (!root.TryGetProperty("@odata.nextLink", out var link) || link.GetString() is not { Length: > 0 } next)
        {
            return null;
        }

        return Uri.TryCreate(next, UriKind.Absolute, out var uri) && uri.Scheme == graph.Scheme &&
               string.Equals(uri.Authority, graph.Authority, StringComparison.OrdinalIgnoreCase)
            ? uri
            : throw new TeamRolesUnavailableException($"Microsoft Graph's next page points at another host ({uri?.Authority ?? next}); it was not followed.");
    }

    /// <summary>The page's JSON, or null when Graph says the team does not exist.</summary>
    private async Task<JsonDocument?> GetAsync(string tenantId, Uri url, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(GraphAppTokens.HttpClientName);
        for (int attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(tenantId, cancellationToken));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                throw new TeamRolesUnavailableException($"Microsoft Graph could not be reached ({ex.Message}).", ex);
            }

            using (response)
            {
                switch (response.StatusCode)
                {
                    case HttpStatusCode.OK:
                        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                    case HttpStatusCode.NotFound:
                        return null;
                    case HttpStatusCode.Unauthorized when attempt == 1:
                        tokens.Invalidate(tenantId);
                        continue;
                    case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout:
                        var delay = RetryDelay(response, attempt);
                        if (attempt >= MaxAttempts || delay > MaxRetryDelay)
                        {
                            throw new TeamRolesUnavailableException(string.Create(
                                CultureInfo.InvariantCulture,
                                $"Microsoft Graph is busy ({(int)response.StatusCode}, retry after {delay.TotalSeconds:0} s); try again in a minute."));
                        }

                        LogRetrying(logger, (int)response.StatusCode, delay.TotalSeconds, attempt);
                        await Task.Delay(delay, time, cancellationToken);
                        continue;
                    case HttpStatusCode.Forbidden:
                        throw new TeamRolesUnavailableException(
                            $"Microsoft Graph refused to list the members (403 {await ErrorCodeAsync(response, cancellationToken)}). " +
                            "An administrator of the tenant grants the app TeamMember.Read.All and ChatMember.Read.All (application permissions).");
                    default:
                        throw new TeamRolesUnavailableException(
                            $"Microsoft Graph answered {(int)response.StatusCode} {await ErrorCodeAsync(response, cancellationToken)}.");
                }
            }
        }
    }

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
    }

    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object &&
                   error.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Microsoft Graph answered {Status}; retrying in {Seconds} s (attempt {Attempt})")]
    private static partial void LogRetrying(ILogger logger, int status, double seconds, int attempt);
}
