using System.Net;
using System.Text.Json;
using Addin.Sdk.Notifications;
using Addin.Sdk.Plugins;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Plugins.TeamsWebhook.Tests;

public sealed class TeamsWebhookNotifierTests : IDisposable
{
    private const string Hostile = "<script>alert('x')</script> & \"Algebra\"";

    private readonly FakeWebhook webhook = new();
    private readonly InstantDelays time = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Posts_an_adaptive_card_message_with_the_subject_the_text_and_the_link()
    {
        await Create().SendAsync(Alert(), CancellationToken.None);

        var request = Assert.Single(webhook.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/webhookb2/abc/IncomingWebhook/def", request.Path);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var message = request.JsonBody!;
        Assert.Equal("message", (string?)message["type"]);
        var attachment = message["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        var card = attachment["content"]!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.4", (string?)card["version"]);
        Assert.Equal($"Recording failed: {Hostile}", (string?)card["body"]![0]!["text"]);
        Assert.Equal("Bolder", (string?)card["body"]![0]!["weight"]);
        Assert.Equal("The probe stage failed: the file is not a video.", (string?)card["body"]![1]!["text"]);
        Assert.Equal("Action.OpenUrl", (string?)card["actions"]![0]!["type"]);
        Assert.Equal("https://addin.example.edu/app/admin/pipeline", (string?)card["actions"]![0]!["url"]);
    }

    [Fact]
    public async Task Hostile_text_stays_a_json_string()
    {
        await Create().SendAsync(Alert(), CancellationToken.None);

        string body = Assert.Single(webhook.Requests).Body;
        using var document = JsonDocument.Parse(body);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_waits_as_retry_after_says_and_then_posts_again()
    {
        webhook.Answers.Enqueue((HttpStatusCode.TooManyRequests, "7"));

        await Create().SendAsync(Alert(), CancellationToken.None);

        Assert.Equal(2, webhook.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(7), time.Waits);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_longest_wait_fails_at_once()
    {
        webhook.Answers.Enqueue((HttpStatusCode.TooManyRequests, "3600"));

        var ex = await Assert.ThrowsAsync<TeamsWebhookException>(() => Create().SendAsync(Alert(), CancellationToken.None));

        Assert.Single(webhook.Requests);
        Assert.Equal(429, ex.StatusCode);
        Assert.Contains("asks to wait 3600 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_that_lasts_fails_after_the_configured_attempts_without_the_url_in_the_message()
    {
        for (int i = 0; i < 5; i++)
        {
            webhook.Answers.Enqueue((HttpStatusCode.InternalServerError, null));
        }

        var ex = await Assert.ThrowsAsync<TeamsWebhookException>(() => Create().SendAsync(Alert(), CancellationToken.None));

        Assert.Equal(3, webhook.Requests.Count);
        Assert.Equal(500, ex.StatusCode);
        Assert.Contains("kept failing (HTTP 500) after 3 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("IncomingWebhook", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], time.Waits.Where(w => w >= TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_removed_webhook_fails_at_once()
    {
        webhook.Answers.Enqueue((HttpStatusCode.NotFound, null));

        var ex = await Assert.ThrowsAsync<TeamsWebhookException>(() => Create().SendAsync(Alert(), CancellationToken.None));

        Assert.Single(webhook.Requests);
        Assert.Equal(404, ex.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"url\":\"ftp://example.com/hook\"}")]
    public void A_missing_or_wrong_url_is_refused(string settings)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => new TeamsWebhookFactory().Create(Context(settings)));

        Assert.Equal("/url", ex.Setting);
    }

    public void Dispose()
    {
        webhook.Dispose();
        http.Dispose();
    }

    private INotifier Create() => new TeamsWebhookFactory().Create(Context(
        JsonSerializer.Serialize(new { url = new Uri(webhook.BaseUrl, "webhookb2/abc/IncomingWebhook/def"), maxAttempts = 3, maxRetryWait = "00:01:00" })));

    private ProviderContext Context(string settings) => new()
    {
        ProviderId = "teams-webhook",
        PlatformKey = "test-platform",
        Settings = JsonElement.Parse(settings),
        LoggerFactory = NullLoggerFactory.Instance,
        CreateHttpClient = () => http,
        Time = time,
        DataDirectory = Path.GetTempPath(),
        HostDataDirectory = Path.GetTempPath(),
    };

    private static Notification Alert() => new()
    {
        Recipients = [],
        Subject = $"Recording failed: {Hostile}",
        Text = "The probe stage failed: the file is not a video.",
        Link = new Uri("https://addin.example.edu/app/admin/pipeline"),
        IsAlert = true,
    };

    /// <summary>A Teams webhook: answers 200 "1" (as Teams' incoming webhooks do), or the queued answers first.</summary>
    private sealed class FakeWebhook : LocalHttpServer
    {
        public Queue<(HttpStatusCode Status, string? RetryAfter)> Answers { get; } = new();

        protected override Task<LocalResponse> Handle(RecordedRequest request)
        {
            lock (Answers)
            {
                if (Answers.TryDequeue(out var answer))
                {
                    var headers = answer.RetryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = answer.RetryAfter };
                    return Task.FromResult(new LocalResponse(answer.Status, "text/plain", "error", headers));
                }
            }

            return Task.FromResult(new LocalResponse(HttpStatusCode.OK, "text/plain", "1"));
        }
    }
}
