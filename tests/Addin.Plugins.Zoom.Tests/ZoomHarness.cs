using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Sdk.Plugins;
using Addin.Sdk.Recordings;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Plugins.Zoom.Tests;

/// <summary>
/// The Zoom source as the host creates it, pointed at a <see cref="FakeZoom"/> on 127.0.0.1, with a fake clock and a
/// platform whose course "alg-101" is linked to <see cref="LinkedMeetingId"/>.
/// </summary>
internal sealed class ZoomHarness : IDisposable
{
    public const string SecretToken = "webhook-secret-T3st";
    public const long LinkedMeetingId = 84512345678;
    public const long UnlinkedMeetingId = 99988877766;
    public const string CourseKey = "alg-101";

    private readonly TempDirectory data = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public ZoomHarness(bool withOAuthApp = true, string extraSettings = "")
    {
        var settings = new JsonObject
        {
            ["webhookSecretToken"] = SecretToken,
            ["apiBaseUrl"] = Zoom.ApiBaseUrl.ToString(),
            ["oauthBaseUrl"] = Zoom.BaseUrl.ToString(),
            ["maxAttempts"] = 3,
            ["maxRetryWait"] = "00:00:30",
        };
        if (withOAuthApp)
        {
            settings["accountId"] = FakeZoom.AccountId;
            settings["clientId"] = FakeZoom.ClientId;
            settings["clientSecret"] = FakeZoom.ClientSecret;
        }

        foreach (var (name, value) in JsonNode.Parse(extraSettings.Length == 0 ? "{}" : extraSettings)!.AsObject())
        {
            settings[name] = value?.DeepClone();
        }

        Source = (ZoomRecordingSource)new ZoomSourceFactory().Create(Context(settings.ToJsonString()));
    }

    public FakeZoom Zoom { get; } = new();

    public CountingTime Time { get; } = new(new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));

    public ZoomRecordingSource Source { get; }

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
                ExternalIds = new Dictionary<string, string> { ["zoom-meeting"] = LinkedMeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            },
        ],
    };

    public ProviderContext Context(string settingsJson) => new()
    {
        ProviderId = "zoom",
        PlatformKey = "test-platform",
        Settings = JsonElement.Parse(settingsJson),
        LoggerFactory = NullLoggerFactory.Instance,
        CreateHttpClient = () => http,
        Time = Time,
        DataDirectory = Path.Combine(data.Path, "providers", "zoom"),
        HostDataDirectory = data.Path,
    };

    /// <summary>A signed request as Zoom sends it now (or at <paramref name="signedAt"/>).</summary>
    public WebhookRequest Signed(string body, DateTimeOffset? signedAt = null, string secret = SecretToken) =>
        Request(body, ZoomPayloads.SignedHeaders(secret, body, signedAt ?? Time.GetUtcNow()));

    public static WebhookRequest Request(string body, IReadOnlyDictionary<string, string> headers, string method = "POST") => new()
    {
        Method = method,
        Headers = headers,
        Query = new Dictionary<string, string>(),
        Body = System.Text.Encoding.UTF8.GetBytes(body),
    };

    /// <summary>A meeting with its files served by the fake Zoom.</summary>
    public JsonObject ServedMeeting(long id, string topic, DateTimeOffset start, byte[] media, string? vtt)
    {
        string prefix = $"file-{id}-{start.ToUnixTimeSeconds()}";
        var mp4 = Zoom.AddFile(prefix + "-video", media, "video/mp4");
        var transcript = vtt is null ? null : Zoom.AddFile(prefix + "-transcript", System.Text.Encoding.UTF8.GetBytes(vtt), "text/vtt");
        return ZoomPayloads.Meeting(id, topic, start, mp4, transcript, prefix);
    }

    public void Dispose()
    {
        Source.Dispose();
        Zoom.Dispose();
        http.Dispose();
        data.Dispose();
    }
}
