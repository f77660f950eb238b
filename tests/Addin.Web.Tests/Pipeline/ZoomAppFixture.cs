using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Addin whose platforms import from Zoom (the webhook secret from configuration, as an operator sets it), and a Zoom
/// on 127.0.0.1 that serves the recording files the events point at.
/// </summary>
public sealed class ZoomAppFixture : PipelineAppFixture
{
    public const string SecretToken = "zoom-webhook-secret-T3st";
    public const long CourseMeetingId = 84512345678;

    public FakeZoom Zoom { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Addin:Providers:RecordingSource:0"] = "zoom",
        ["Addin:Providers:Settings:zoom:webhookSecretToken"] = SecretToken,
    };

    /// <summary>The webhook URL of the demo platform.</summary>
    public static async Task<string> WebhookPathAsync(PipelineApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.LaunchAsync();
        string key = await app.QueryAsync(db => db.Courses.Where(c => c.Key == PipelineApp.CourseKey).Select(c => c.Platform!.Key).SingleAsync());
        return $"/sources/{Uri.EscapeDataString(key)}/webhook";
    }

    /// <summary>Posts a body to the demo platform's webhook URL with the given headers.</summary>
    public static async Task<HttpResponseMessage> PostAsync(PipelineApp app, string body, IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var request = new HttpRequestMessage(HttpMethod.Post, await WebhookPathAsync(app))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await app.Http.SendAsync(request);
    }

    /// <summary>Posts a body signed now with the configured secret.</summary>
    public static Task<HttpResponseMessage> PostSignedAsync(PipelineApp app, string body, string secret = SecretToken) =>
        PostAsync(app, body, ZoomPayloads.SignedHeaders(secret, body, TimeProvider.System.GetUtcNow()));

    /// <summary>Sets the course's Zoom meeting ID through the course page's form, as its instructor.</summary>
    public static async Task<HttpResponseMessage> SetMeetingIdAsync(PipelineApp app, string value, string persona = "instructor")
    {
        ArgumentNullException.ThrowIfNull(app);
        var launch = await app.LaunchAsync(persona);
        long courseId = await app.CourseIdAsync();
        string path = string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/external-ids/zoom-meeting");
        using var form = new FormUrlEncodedContent([new("value", value)]);
        return await app.Http.PostAsync(launch.WithToken(path), form);
    }

    /// <summary>A meeting recorded with a copy of the test clip (so its bytes are new) and, optionally, its transcript as Zoom writes it.</summary>
    public async Task<(JsonObject Meeting, string VideoFileId, string MediaPath)> RecordedMeetingAsync(PipelineApp app, long meetingId, bool withTranscript = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "zoom.mp4");
        string prefix = "zoom-file-" + Guid.NewGuid().ToString("N");
        var mp4 = Zoom.AddFile(prefix + "-video", await File.ReadAllBytesAsync(media), "video/mp4");
        var vtt = withTranscript ? Zoom.AddFile(prefix + "-transcript", Encoding.UTF8.GetBytes(ZoomPayloads.ZoomStyleVtt(app.Clips.Vtt)), "text/vtt") : null;
        var start = DateTimeOffset.Parse("2026-12-07T09:00:00Z", CultureInfo.InvariantCulture);
        return (ZoomPayloads.Meeting(meetingId, "Algebra 1: factoring (Zoom)", start, mp4, vtt, prefix), prefix + "-video", media);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Zoom.Dispose();
    }
}
