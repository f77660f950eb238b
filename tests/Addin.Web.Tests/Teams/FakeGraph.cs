using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Addin.Testing;

namespace Addin.Web.Tests.Teams;

/// <summary>A member of a team, as Graph's aadUserConversationMember has it.</summary>
public sealed record GraphMember(string UserId, string DisplayName, string Email, params string[] Roles);

/// <summary>
/// Microsoft Graph v1.0 on 127.0.0.1: <c>GET /teams/{id}/members</c> and <c>GET /chats/{id}/members</c> in Graph's
/// JSON (conversationMember collections, <c>@odata.nextLink</c> paging), only with the app token the fake Entra
/// issued, and throttling (429 with Retry-After) when a test asks for it.
/// </summary>
public sealed class FakeGraph(int pageSize = 2) : LocalHttpServer
{
    private readonly ConcurrentDictionary<string, GraphMember[]> teams = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> throttles = new(StringComparer.Ordinal);

    /// <summary>What Addin:Teams:GraphBaseUrl is set to.</summary>
    public string GraphBaseUrl => new Uri(BaseUrl, "v1.0").ToString();

    public void SetTeam(string teamId, params GraphMember[] members) => teams[teamId] = members;

    public void SetChat(string chatId, params GraphMember[] members) => teams["chat:" + chatId] = members;

    /// <summary>The next requests for the team's members answer 429 with these Retry-After seconds, one each.</summary>
    public void Throttle(string teamId, params int[] retryAfterSeconds) =>
        throttles[teamId] = new ConcurrentQueue<int>(retryAfterSeconds);

    public IReadOnlyList<RecordedRequest> MemberRequests(string teamId) =>
        [.. Requests.Where(r => r.Path == $"/v1.0/teams/{teamId}/members")];

    protected override Task<LocalResponse> Handle(RecordedRequest request)
    {
        string[] parts = request.Path.Trim('/').Split('/');
        if (parts is not ["v1.0", "teams" or "chats", var id, "members"] || request.Method != "GET")
        {
            return Task.FromResult(LocalResponse.NotFound(request.Path));
        }

        if (request.Authorization is not { } auth || !auth.StartsWith("Bearer graph-app-token-", StringComparison.Ordinal))
        {
            return Task.FromResult(Error(HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", "Access token is empty."));
        }

        if (throttles.TryGetValue(id, out var queue) && queue.TryDequeue(out int seconds))
        {
            return Task.FromResult(Error(HttpStatusCode.TooManyRequests, "TooManyRequests", "Too many requests.",
                new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture) }));
        }

        string key = parts[1] == "chats" ? "chat:" + id : id;
        if (!teams.TryGetValue(key, out var members))
        {
            return Task.FromResult(Error(HttpStatusCode.NotFound, "NotFound", $"No team found with Group Id {id}"));
        }

        int skip = int.TryParse(System.Web.HttpUtility.ParseQueryString(request.Url.Query)["$skiptoken"], CultureInfo.InvariantCulture, out int s) ? s : 0;
        var page = members.Skip(skip).Take(pageSize).ToList();
        var body = new JsonObject
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#{parts[1]}('{id}')/members",
            ["@odata.count"] = page.Count,
            ["value"] = new JsonArray([.. page.Select(m => (JsonNode)new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.aadUserConversationMember",
                ["id"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{id}##{m.UserId}")),
                ["roles"] = new JsonArray([.. m.Roles.Select(r => (JsonNode)r)]),
                ["displayName"] = m.DisplayName,
                ["visibleHistoryStartDateTime"] = "0001-01-01T00:00:00Z",
                ["userId"] = m.UserId,
                ["email"] = m.Email,
                ["tenantId"] = "ignored-here",
            })]),
        };
        if (skip + pageSize < members.Length)
        {
            body["@odata.nextLink"] = new Uri(BaseUrl, $"v1.0/{parts[1]}/{id}/members?$skiptoken={skip + pageSize}").ToString();
        }

        return Task.FromResult(Json(body));
    }

    private static LocalResponse Error(HttpStatusCode status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) => Json(new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject { ["date"] = "2026-11-25T10:00:00", ["request-id"] = "f6c8a0e2-0000-4000-8000-000000000000" },
        },
    }, status, headers);
}
