using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Sdk.Plugins;
using Addin.Sdk.Recordings;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Plugins.Teams.Tests;

/// <summary>
/// The Teams source as the host creates it, pointed at a <see cref="FakeGraphMeetings"/> on 127.0.0.1, with a fake clock and a
/// platform whose course "alg-101" is linked to <see cref="LinkedMeetingId"/>.
/// </summary>
internal sealed class TeamsHarness : IDisposable
{
    public const string Organizer = "8b081ef6-4792-4def-b2c9-c363a1bf41d5";
    public const string ClientState = "client-state-T3st-secret";
    public const string NotificationUrl = "https://addin.example.edu/sources/test-platform/webhook";
    public const string CourseKey = "alg-101";
    public static readonly string LinkedMeetingId = FakeGraphMeetings.MeetingId(Organizer, "OTBlOTcxMzAtNzc0YS00YzA1LThiZWEtZThkM2Y4ZDJhYTA1");
    public static readonly string UnlinkedMeetingId = FakeGraphMeetings.MeetingId(Organizer, "ZjE0YzFjODMtY2QyMi00YzQ1LWE3ZGMtMTM2YWZjZDE2ZmQw");

    private readonly TempDirectory data = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public TeamsHarness(string extraSettings = "")
    {
        Source = (TeamsRecordingSource)new TeamsSourceFactory().Create(Context(Settings(extraSettings)));
    }

    public FakeGraphMeetings Graph { get; } = new();

    public CountingTime Time { get; } = new(new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T10:00:00Z", CultureInfo.InvariantCulture)));

    public TeamsRecordingSource Source { get; }

    public string DataPath => data.Path;

    public SourceScope Scope { get; } = new()
    {
        PlatformKey = "test-platform",
        Courses =
        [
            new CourseBinding { CourseKey = "bio-101", Title = "Biology" },
            new CourseBinding
            {
                CourseKey = CourseKey,
                Title = "Algebra 1",
                ExternalIds = new Dictionary<string, string> { ["teams-meeting"] = LinkedMeetingId },
            },
        ],
    };

    /// <summary>The settings a platform would have, pointed at the fake, with <paramref name="extraSettings"/> over them.</summary>
    public string Settings(string extraSettings = "")
    {
        var settings = new JsonObject
        {
            ["tenantId"] = FakeGraphMeetings.TenantId,
            ["clientId"] = FakeGraphMeetings.ClientId,
            ["clientSecret"] = FakeGraphMeetings.ClientSecret,
            ["organizerUserIds"] = new JsonArray(Organizer),
            ["clientState"] = ClientState,
            ["notificationUrl"] = NotificationUrl,
            ["graphBaseUrl"] = Graph.GraphBaseUrl.ToString(),
            ["loginBaseUrl"] = Graph.BaseUrl.ToString(),
            ["maxAttempts"] = 3,
            ["maxRetryWait"] = "00:00:30",
        };
        foreach (var (name, value) in JsonNode.Parse(extraSettings.Length == 0 ? "{}" : extraSettings)!.AsObject())
        {
            if (value is null)
            {
                settings.Remove(name);
            }
            else
            {
                settings[name] = value.DeepClone();
            }
        }

        return settings.ToJsonString();
    }

    public ProviderContext Context(string settingsJson) => new()
    {
        ProviderId = "teams",
        PlatformKey = "test-platform",
        Settings = JsonElement.Parse(settingsJson),
        LoggerFactory = NullLoggerFactory.Instance,
        CreateHttpClient = () => http,
        Time = Time,
        DataDirectory = Path.Combine(data.Path, "providers", "teams"),
        HostDataDirectory = data.Path,
    };

    /// <summary>Serves a recording of <paramref name="meetingId"/> starting <paramref name="minutesAgo"/> before now.</summary>
    public string AddRecording(string meetingId, int minutesAgo, string? vtt = "WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v User Name>This is a transcript test.</v>\n")
    {
        var start = Time.GetUtcNow().AddMinutes(-minutesAgo);
        return Graph.AddRecording(Organizer, meetingId, "Algebra: factoring", start, start.AddMinutes(45), Encoding.UTF8.GetBytes("mp4 bytes of " + meetingId[..16]), vtt);
    }

    /// <summary>Discovers until the round ends; returns what it found, the calls it took and the cursor.</summary>
    public async Task<(List<RecordingReference> Recordings, int Calls, string? Cursor)> DiscoverAllAsync(string? cursor)
    {
        var found = new List<RecordingReference>();
        int calls = 0;
        DiscoveryPage page;
        do
        {
            page = await Source.DiscoverAsync(Scope, cursor, CancellationToken.None);
            calls++;
            found.AddRange(page.Recordings);
            cursor = page.NextCursor ?? cursor;
        }
        while (page.HasMore && calls < 50);

        return (found, calls, cursor);
    }

    /// <summary>A notification request as Graph posts it.</summary>
    public static WebhookRequest Post(string body, IReadOnlyDictionary<string, string>? query = null) => new()
    {
        Method = "POST",
        Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" },
        Query = query ?? new Dictionary<string, string>(),
        Body = Encoding.UTF8.GetBytes(body),
    };

    /// <summary>A fixture notification, with its placeholders filled: client state, meeting and recording.</summary>
    public static string Notification(string fixture, string clientState, string meetingId, string recordingId)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("graph", fixture)))!.AsObject();
        var item = json["value"] is JsonArray value ? value[0]!.AsObject() : json;
        item["clientState"] = clientState;
        item["resource"] = $"communications/onlineMeetings('{meetingId}')/recordings('{recordingId}')";
        item["resourceData"]!["id"] = recordingId;
        item["resourceData"]!["@odata.id"] = item["resource"]!.GetValue<string>();
        return json["value"] is null ? new JsonObject { ["value"] = new JsonArray(json) }.ToJsonString() : json.ToJsonString();
    }

    /// <summary>A lifecycle notification as Graph sends it.</summary>
    public static string Lifecycle(string lifecycleEvent, string subscriptionId, string clientState = ClientState) => new JsonObject
    {
        ["value"] = new JsonArray(new JsonObject
        {
            ["subscriptionId"] = subscriptionId,
            ["subscriptionExpirationDateTime"] = "2026-12-08T10:00:00.0000000+00:00",
            ["tenantId"] = FakeGraphMeetings.TenantId,
            ["clientState"] = clientState,
            ["lifecycleEvent"] = lifecycleEvent,
        }),
    }.ToJsonString();

    public void Dispose()
    {
        Source.Dispose();
        Graph.Dispose();
        http.Dispose();
        data.Dispose();
    }
}
