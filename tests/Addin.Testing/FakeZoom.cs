using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Addin.Testing;

/// <summary>
/// Zoom's API on 127.0.0.1, in its documented wire format: the Server-to-Server OAuth token endpoint, the paged list of
/// a user's cloud recordings, and recording file downloads that need the webhook's download token or an access token.
/// Answers for a path can be scripted ahead (429 with Retry-After, 500, …) with <see cref="FailNext"/>.
/// </summary>
public sealed class FakeZoom : LocalHttpServer
{
    public const string AccountId = "acct-T3st";
    public const string ClientId = "client-T3st";
    public const string ClientSecret = "client-secret-never-logged";
    public const string DownloadToken = "download-token-of-the-event";
    public const string TokenPath = "/oauth/token";
    public const string RecordingsPath = "/v2/users/me/recordings";
    public const string DownloadPath = "/rec/download/";

    private readonly ConcurrentDictionary<string, bool> issued = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string PathPrefix, LocalResponse Answer)> scripted = new();
    private readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> files = new(StringComparer.Ordinal);
    private int tokenCount;

    /// <summary>The API root the plugin is configured with.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "v2/");

    /// <summary>The recorded meetings the list answers with, in order (each a Zoom meeting object).</summary>
    public List<JsonObject> Meetings { get; } = [];

    /// <summary>How many meetings a page holds at most, whatever page_size asks.</summary>
    public int ServerPageSize { get; set; } = 2;

    /// <summary>The expires_in of issued tokens, in seconds.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Whether downloads accept the webhook's download token.</summary>
    public bool AcceptsDownloadToken { get; set; } = true;

    public int TokensIssued => tokenCount;

    /// <summary>Makes every issued access token invalid, as when Zoom revokes or expires them early.</summary>
    public void RevokeTokens() => issued.Clear();

    /// <summary>Serves a file at <see cref="DownloadPath"/><paramref name="id"/> and returns its URL.</summary>
    public Uri AddFile(string id, byte[] bytes, string contentType)
    {
        files[id] = (bytes, contentType);
        return new Uri(BaseUrl, DownloadPath.TrimStart('/') + id);
    }

    /// <summary>Answers the next requests to a path starting with <paramref name="pathPrefix"/> with these, in order.</summary>
    public void FailNext(string pathPrefix, params LocalResponse[] answers)
    {
        foreach (var answer in answers)
        {
            scripted.Enqueue((pathPrefix, answer));
        }
    }

    public static LocalResponse TooManyRequests(string retryAfter) =>
        new(HttpStatusCode.TooManyRequests, "application/json", """{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}""",
            new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public static LocalResponse ServerError() => new(HttpStatusCode.InternalServerError, "application/json", """{"code":500,"message":"Internal server error."}""");

    public IReadOnlyList<RecordedRequest> RequestsTo(string pathPrefix) => Requests.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    protected override Task<LocalResponse> Handle(RecordedRequest request)
    {
        if (scripted.TryPeek(out var next) && request.Path.StartsWith(next.PathPrefix, StringComparison.Ordinal) && scripted.TryDequeue(out next))
        {
            return Task.FromResult(next.Answer);
        }

        return Task.FromResult(request switch
        {
            { Method: "POST", Path: TokenPath } => Token(request),
            { Method: "GET", Path: RecordingsPath } => Recordings(request),
            { Method: "GET" } when request.Path.StartsWith(DownloadPath, StringComparison.Ordinal) => Download(request),
            _ => LocalResponse.NotFound(request.Path),
        });
    }

    private LocalResponse Token(RecordedRequest request)
    {
        var query = Query(request.Url);
        string expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        if (request.Authorization != expected || query.GetValueOrDefault("grant_type") != "account_credentials" || query.GetValueOrDefault("account_id") != AccountId)
        {
            return Json(new JsonObject { ["reason"] = "Invalid client_id or client_secret", ["error"] = "invalid_client" }, HttpStatusCode.Unauthorized);
        }

        string token = $"access-{Interlocked.Increment(ref tokenCount)}";
        issued[token] = true;
        return Json(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "bearer",
            ["expires_in"] = TokenLifetimeSeconds,
            ["scope"] = "cloud_recording:read:list_user_recordings:admin cloud_recording:read:recording:admin",
            ["api_url"] = BaseUrl.GetLeftPart(UriPartial.Authority),
        });
    }

    private LocalResponse Recordings(RecordedRequest request)
    {
        if (!HasAccessToken(request))
        {
            return Json(new JsonObject { ["code"] = 124, ["message"] = "Invalid access token." }, HttpStatusCode.Unauthorized);
        }

        var query = Query(request.Url);
        int pageSize = Math.Min(int.Parse(query.GetValueOrDefault("page_size") ?? "30", CultureInfo.InvariantCulture), ServerPageSize);
        int start = query.GetValueOrDefault("next_page_token") is { Length: > 0 } token ? int.Parse(token.TrimStart('p'), CultureInfo.InvariantCulture) : 0;
        var page = Meetings.Skip(start).Take(pageSize).Select(m => (JsonNode)m.DeepClone()).ToArray();
        bool more = start + pageSize < Meetings.Count;
        return Json(new JsonObject
        {
            ["from"] = query.GetValueOrDefault("from"),
            ["to"] = query.GetValueOrDefault("to"),
            ["page_size"] = pageSize,
            ["total_records"] = Meetings.Count,
            ["next_page_token"] = more ? string.Create(CultureInfo.InvariantCulture, $"p{start + pageSize}") : "",
            ["meetings"] = new JsonArray(page),
        });
    }

    private LocalResponse Download(RecordedRequest request)
    {
        bool allowed = HasAccessToken(request) || (AcceptsDownloadToken && request.Authorization == "Bearer " + DownloadToken);
        if (!allowed)
        {
            return Json(new JsonObject { ["code"] = 124, ["message"] = "Invalid access token." }, HttpStatusCode.Unauthorized);
        }

        return files.TryGetValue(request.Path[DownloadPath.Length..], out var file)
            ? new LocalResponse(HttpStatusCode.OK, file.ContentType, "") { Bytes = file.Bytes }
            : Json(new JsonObject { ["code"] = 3301, ["message"] = "This recording does not exist." }, HttpStatusCode.NotFound);
    }

    private bool HasAccessToken(RecordedRequest request) =>
        request.Authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) && issued.ContainsKey(header["Bearer ".Length..]);

    private static Dictionary<string, string> Query(Uri url) => url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);
}
