using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Addin.Testing;

/// <summary>
/// Microsoft Graph and the Microsoft identity platform's token endpoint on 127.0.0.1, in their documented wire format:
/// client-credentials tokens, an organizer's <c>getAllRecordings</c> delta with next and delta links, meetings,
/// recordings and their content, transcripts and their VTT content, and subscriptions. Recording objects are the
/// fixture <c>graph/onlinemeeting-getallrecordings.response.json</c>'s, with ids, dates and links of the served ones.
/// Answers for a path can be scripted ahead (429 with Retry-After, 503, …) with <see cref="FailNext"/>.
/// </summary>
public sealed class FakeGraphMeetings : LocalHttpServer
{
    public const string TenantId = "2432b57b-0abd-43db-aa7b-16eadd115d34";
    public const string ClientId = "6731de76-14a6-49ae-97bc-6eba6914391e";
    public const string ClientSecret = "graph-client-secret-never-logged";
    public const string TokenPath = "/" + TenantId + "/oauth2/v2.0/token";

    private readonly ConcurrentDictionary<string, bool> issued = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string PathPrefix, LocalResponse Answer)> scripted = new();
    private readonly List<ServedRecording> recordings = [];
    private readonly ConcurrentDictionary<string, JsonObject> subscriptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> attended = new(StringComparer.Ordinal);
    private int tokenCount;
    private int subscriptionCount;

    /// <summary>Graph's root as the plugin is configured with it.</summary>
    public Uri GraphBaseUrl => new(BaseUrl, "v1.0/");

    /// <summary>How many recordings a delta page holds at most.</summary>
    public int ServerPageSize { get; set; } = 2;

    /// <summary>The expires_in of issued tokens, in seconds.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3599;

    /// <summary>Checks a client assertion (certificate sign-in) instead of the secret; null accepts only the secret.</summary>
    public Func<string, bool>? AssertionValidator { get; set; }

    public int TokensIssued => tokenCount;

    public IReadOnlyCollection<JsonObject> Subscriptions => subscriptions.Values.ToList();

    /// <summary>Makes every issued token invalid, as when it expires early or is revoked.</summary>
    public void RevokeTokens() => issued.Clear();

    /// <summary>A meeting id as Graph makes it: base64 of <c>1*{organizer}*0**{thread id}</c>.</summary>
    public static string MeetingId(string organizer, string thread) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"1*{organizer}*0**19:meeting_{thread}@thread.v2"));

    /// <summary>Serves a recording (and its transcript, when given) of a meeting; returns the recording id.</summary>
    public string AddRecording(string organizer, string meetingId, string subject, DateTimeOffset created, DateTimeOffset ended, byte[] media, string? vtt)
    {
        lock (recordings)
        {
            string id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"VjIjIz{recordings.Count + 1}-{meetingId[..12]}"));
            recordings.Add(new ServedRecording(id, organizer, meetingId, subject, created, ended, $"corr-{recordings.Count + 1}", media, vtt));
            return id;
        }
    }

    /// <summary>Gives the meeting the attendance report of the fixture <c>graph/meetingattendancereport-get-expand-attendanceRecords.response.json</c>.</summary>
    public void AddAttendanceReport(string meetingId) => attended[meetingId] = true;

    /// <summary>Drops a subscription, as Graph does before it sends <c>subscriptionRemoved</c>.</summary>
    public void RemoveSubscription(string id) => subscriptions.TryRemove(id, out _);

    /// <summary>Answers the next requests to a path starting with <paramref name="pathPrefix"/> with these, in order.</summary>
    public void FailNext(string pathPrefix, params LocalResponse[] answers)
    {
        foreach (var answer in answers)
        {
            scripted.Enqueue((pathPrefix, answer));
        }
    }

    public static LocalResponse TooManyRequests(string retryAfter) =>
        new(HttpStatusCode.TooManyRequests, "application/json", """{"error":{"code":"TooManyRequests","message":"Too many requests."}}""",
            new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public static LocalResponse Unavailable() =>
        new(HttpStatusCode.ServiceUnavailable, "application/json", """{"error":{"code":"serviceNotAvailable","message":"The service is temporarily unavailable."}}""");

    public IReadOnlyList<RecordedRequest> RequestsTo(string pathPrefix) => Requests.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    /// <summary>A request to Graph's path <paramref name="relative"/> (under /v1.0/).</summary>
    public static string GraphPath(string relative) => "/v1.0/" + relative;

    protected override Task<LocalResponse> Handle(RecordedRequest request)
    {
        if (scripted.TryPeek(out var next) && request.Path.StartsWith(next.PathPrefix, StringComparison.Ordinal) && scripted.TryDequeue(out next))
        {
            return Task.FromResult(next.Answer);
        }

        if (request is { Method: "POST", Path: TokenPath })
        {
            return Task.FromResult(Token(request));
        }

        if (!request.Path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            return Task.FromResult(LocalResponse.NotFound(request.Path));
        }

        if (!HasToken(request))
        {
            return Task.FromResult(Error(HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", "Access token has expired or is not yet valid."));
        }

        string[] segments = request.Url.AbsolutePath["/v1.0/".Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return Task.FromResult(segments switch
        {
            ["subscriptions"] when request.Method == "GET" => Json(new JsonObject { ["value"] = new JsonArray(subscriptions.Values.Select(s => (JsonNode)s.DeepClone()).ToArray()) }),
            ["subscriptions"] when request.Method == "POST" => CreateSubscription(request),
            ["subscriptions", var id] when request.Method == "PATCH" => RenewSubscription(id, request),
            ["users", var organizer, "onlineMeetings", var function, "delta"] when function.StartsWith("getAllRecordings(", StringComparison.Ordinal) => Delta(organizer, request.Url),
            ["users", _, "onlineMeetings", var meetingId] => Meeting(meetingId),
            ["users", _, "onlineMeetings", var meetingId, "recordings", var id] => Find(meetingId, id) is { } r ? Json(RecordingJson(r)) : NotFound(id),
            ["users", _, "onlineMeetings", var meetingId, "recordings", var id, "content"] => Find(meetingId, id) is { } r
                ? new LocalResponse(HttpStatusCode.OK, "video/mp4", "") { Bytes = r.Media }
                : NotFound(id),
            ["users", _, "onlineMeetings", var meetingId, "transcripts"] => Transcripts(meetingId),
            ["users", _, "onlineMeetings", var meetingId, "attendanceReports"] => AttendanceReports(meetingId, null, expand: false),
            ["users", _, "onlineMeetings", var meetingId, "attendanceReports", var id] => AttendanceReports(meetingId, id, Query(request.Url).GetValueOrDefault("$expand") == "attendanceRecords"),
            ["users", _, "onlineMeetings", var meetingId, "transcripts", var id, "content"] => Served().FirstOrDefault(r => r.MeetingId == meetingId && TranscriptId(r) == id) is { Vtt: { } vtt }
                ? new LocalResponse(HttpStatusCode.OK, "text/vtt", vtt)
                : NotFound(id),
            _ => LocalResponse.NotFound(request.Path),
        });
    }

    private LocalResponse Token(RecordedRequest request)
    {
        var form = request.Form;
        bool secretOk = form.GetValueOrDefault("client_secret") == ClientSecret;
        bool assertionOk = AssertionValidator is { } validate &&
                           form.GetValueOrDefault("client_assertion_type") == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" &&
                           form.GetValueOrDefault("client_assertion") is { } assertion && validate(assertion);
        if (form.GetValueOrDefault("client_id") != ClientId || form.GetValueOrDefault("grant_type") != "client_credentials" ||
            form.GetValueOrDefault("scope") != "https://graph.microsoft.com/.default" || !(secretOk || assertionOk))
        {
            return Json(new JsonObject
            {
                ["error"] = "invalid_client",
                ["error_description"] = "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\r\nTrace ID: 0000",
                ["error_codes"] = new JsonArray(7000215),
            }, HttpStatusCode.Unauthorized);
        }

        string token = string.Create(CultureInfo.InvariantCulture, $"graph-token-{Interlocked.Increment(ref tokenCount)}");
        issued[token] = true;
        return Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = TokenLifetimeSeconds, ["ext_expires_in"] = TokenLifetimeSeconds, ["access_token"] = token });
    }

    /// <summary>
    /// The organizer's recordings from a position: the first query and <c>$skiptoken=N</c> start at N, a
    /// <c>$deltatoken=N</c> returns what was added after the N seen when the delta link was made.
    /// </summary>
    private LocalResponse Delta(string organizer, Uri url)
    {
        var query = Query(url);
        int start = int.Parse(query.GetValueOrDefault("$skiptoken") ?? query.GetValueOrDefault("$deltatoken") ?? "0", CultureInfo.InvariantCulture);
        var all = Served().Where(r => r.Organizer == organizer).ToList();
        var page = all.Skip(start).Take(ServerPageSize).ToList();
        string root = new Uri(GraphBaseUrl, $"users/{organizer}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{organizer}')/delta").AbsoluteUri;
        var body = new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Collection(callRecording)",
            ["value"] = new JsonArray(page.Select(r => (JsonNode)RecordingJson(r)).ToArray()),
        };
        int end = start + page.Count;
        if (end < all.Count)
        {
            body["@odata.nextLink"] = string.Create(CultureInfo.InvariantCulture, $"{root}?$skiptoken={end}");
        }
        else
        {
            body["@odata.deltaLink"] = string.Create(CultureInfo.InvariantCulture, $"{root}?$deltatoken={end}");
        }

        return Json(body);
    }

    private LocalResponse Meeting(string meetingId) => Served().FirstOrDefault(r => r.MeetingId == meetingId) is { } r
        ? Json(new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('" + r.Organizer + "')/onlineMeetings/$entity",
            ["id"] = meetingId,
            ["subject"] = r.Subject,
            ["startDateTime"] = r.Created.ToString("o", CultureInfo.InvariantCulture),
            ["endDateTime"] = r.Ended.ToString("o", CultureInfo.InvariantCulture),
            ["joinWebUrl"] = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0",
        })
        : NotFound(meetingId);

    private LocalResponse Transcripts(string meetingId) => Json(new JsonObject
    {
        ["value"] = new JsonArray(Served().Where(r => r.MeetingId == meetingId && r.Vtt is not null).Select(r => (JsonNode)new JsonObject
        {
            ["id"] = TranscriptId(r),
            ["meetingId"] = meetingId,
            ["callId"] = "af630fe0-04d3-4559-8cf9-91fe45e36296",
            ["contentCorrelationId"] = r.CorrelationId,
            ["createdDateTime"] = r.Created.ToString("o", CultureInfo.InvariantCulture),
            ["endDateTime"] = r.Ended.ToString("o", CultureInfo.InvariantCulture),
        }).ToArray()),
    });

    /// <summary>The list of the meeting's reports (without records, as Graph lists them), or one report, with records when expanded.</summary>
    private LocalResponse AttendanceReports(string meetingId, string? id, bool expand)
    {
        var report = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("graph", "meetingattendancereport-get-expand-attendanceRecords.response.json")))!.AsObject();
        if (!attended.ContainsKey(meetingId) || (id is not null && id != report["id"]!.GetValue<string>()))
        {
            return id is null ? Json(new JsonObject { ["value"] = new JsonArray() }) : NotFound(id);
        }

        if (!expand)
        {
            report.Remove("attendanceRecords");
        }

        return id is null ? Json(new JsonObject { ["value"] = new JsonArray(report) }) : Json(report);
    }

    private LocalResponse CreateSubscription(RecordedRequest request)
    {
        var body = request.JsonBody!.AsObject();
        string id = string.Create(CultureInfo.InvariantCulture, $"7a62d59e-a789-4dd7-9c85-{Interlocked.Increment(ref subscriptionCount):000000000000}");
        body["id"] = id;
        body.Remove("clientState");
        subscriptions[id] = body;
        return Json(body.DeepClone(), HttpStatusCode.Created);
    }

    private LocalResponse RenewSubscription(string id, RecordedRequest request)
    {
        if (!subscriptions.TryGetValue(id, out var subscription))
        {
            return NotFound(id);
        }

        subscription["expirationDateTime"] = request.JsonBody!["expirationDateTime"]!.GetValue<string>();
        return Json(subscription.DeepClone());
    }

    private JsonObject RecordingJson(ServedRecording r)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("graph", "onlinemeeting-getallrecordings.response.json")))!["value"]![0]!.DeepClone().AsObject();
        json["id"] = r.Id;
        json["meetingId"] = r.MeetingId;
        json["createdDateTime"] = r.Created.ToString("o", CultureInfo.InvariantCulture);
        json["endDateTime"] = r.Ended.ToString("o", CultureInfo.InvariantCulture);
        json["contentCorrelationId"] = r.CorrelationId;
        json["recordingContentUrl"] = new Uri(GraphBaseUrl, $"users/{r.Organizer}/onlineMeetings/{r.MeetingId}/recordings/{r.Id}/content").AbsoluteUri;
        json["meetingOrganizer"]!["user"]!["id"] = r.Organizer;
        json["meetingOrganizer"]!["user"]!["tenantId"] = TenantId;
        return json;
    }

    private List<ServedRecording> Served()
    {
        lock (recordings)
        {
            return [.. recordings];
        }
    }

    private ServedRecording? Find(string meetingId, string id) => Served().FirstOrDefault(r => r.MeetingId == meetingId && r.Id == id);

    private static string TranscriptId(ServedRecording r) => "MSMjMCMj" + r.CorrelationId;

    private bool HasToken(RecordedRequest request) =>
        request.Authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) && issued.ContainsKey(header["Bearer ".Length..]);

    private static LocalResponse NotFound(string what) => Error(HttpStatusCode.NotFound, "NotFound", $"{what} was not found.");

    private static LocalResponse Error(HttpStatusCode status, string code, string message) =>
        Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, status);

    private static Dictionary<string, string> Query(Uri url) => url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);

    private sealed record ServedRecording(
        string Id, string Organizer, string MeetingId, string Subject, DateTimeOffset Created, DateTimeOffset Ended, string CorrelationId, byte[] Media, string? Vtt);
}
