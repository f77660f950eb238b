using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Addin.Testing;

namespace Addin.Web.Tests.Rosters;

/// <summary>
/// An LMS on 127.0.0.1 speaking LTI Advantage's wire format: an OAuth 2 token endpoint for the client-credentials
/// grant (<c>POST /token</c>) and one course's NRPS 2.0 membership container (<c>GET /courses/9/memberships</c>), in
/// the pages a test gives, linked with <c>Link: rel="next"</c>. A test can make the token endpoint or any page fail.
/// </summary>
public sealed class FakeNrpsPlatform : LocalHttpServer
{
    public const string AccessToken = "nrps-token-1";
    public const string ContextId = "ctx-9";
    public const string MembershipsPath = "/courses/9/memberships";

    private readonly ConcurrentDictionary<int, LocalResponse> failures = new();
    private volatile JsonArray[] pages = [];

    public Uri TokenEndpoint => new(BaseUrl, "token");

    public Uri MembershipsUrl => new(BaseUrl, MembershipsPath.TrimStart('/'));

    /// <summary>When set, the token endpoint answers this instead of a token.</summary>
    public LocalResponse? TokenFailure { get; set; }

    /// <summary>The roster, one array of member objects a page.</summary>
    public void SetPages(params JsonArray[] roster) => pages = roster;

    /// <summary>Page <paramref name="page"/> (1-based) answers this instead of its members.</summary>
    public void FailPage(int page, HttpStatusCode status, string body = "{\"error\":\"server_error\"}", IReadOnlyDictionary<string, string>? headers = null) =>
        failures[page] = new LocalResponse(status, "application/json", body, headers);

    public IReadOnlyList<RecordedRequest> MembershipRequests => [.. Requests.Where(r => r.Path == MembershipsPath)];

    public IReadOnlyList<RecordedRequest> TokenRequests => [.. Requests.Where(r => r.Path == "/token")];

    /// <summary>A member object as NRPS 2.0 writes it.</summary>
    public static JsonObject Member(string userId, string status, params string[] roles) => new()
    {
        ["user_id"] = userId,
        ["status"] = status,
        ["name"] = "Person " + userId,
        ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray()),
    };

    protected override Task<LocalResponse> Handle(RecordedRequest request) => Task.FromResult(request.Path switch
    {
        "/token" when request.Method == "POST" => TokenFailure ?? Json(new JsonObject
        {
            ["access_token"] = AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["scope"] = request.Form.GetValueOrDefault("scope"),
        }),
        MembershipsPath when request.Method == "GET" => Memberships(request),
        _ => LocalResponse.NotFound(request.Path),
    });

    private LocalResponse Memberships(RecordedRequest request)
    {
        if (request.Authorization != "Bearer " + AccessToken)
        {
            return new LocalResponse(HttpStatusCode.Unauthorized, "application/json", "{\"error\":\"invalid_token\"}");
        }

        string? query = System.Web.HttpUtility.ParseQueryString(request.Url.Query)["page"];
        int page = query is null ? 1 : int.Parse(query, CultureInfo.InvariantCulture);
        if (failures.TryGetValue(page, out var failure))
        {
            return failure;
        }

        var headers = new Dictionary<string, string>();
        if (page < pages.Length)
        {
            headers["Link"] = $"<{MembershipsUrl}?page={page + 1}>; rel=\"next\"";
        }

        var body = new JsonObject
        {
            ["id"] = request.Url.ToString(),
            ["context"] = new JsonObject { ["id"] = ContextId, ["title"] = "Geometry" },
            ["members"] = pages[page - 1].DeepClone(),
        };
        return new LocalResponse(HttpStatusCode.OK, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", body.ToJsonString(), headers);
    }
}
