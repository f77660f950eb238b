using System.Text.Json.Nodes;
using Addin.Plugins.SemanticKernelSummariser.Chat;
using Addin.Testing;

namespace Addin.Plugins.SemanticKernelSummariser.Tests;

/// <summary>429 and 5xx are retried on the injected clock as the endpoint asks; other refusals say which setting to check.</summary>
public sealed class EndpointFailureTests
{
    [Fact]
    public async Task Summarise_RateLimitedWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        using var h = new SummariserHarness();
        h.Server.AnswerNext(FakeOpenAiServer.RateLimited(7));

        var summary = h.SummariseAsync(SummariserHarness.Lesson);
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Single(h.Server.Requests);
        Assert.False(summary.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(0.1));
        var recap = await summary.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(recap.Topics);
        Assert.Equal(2, h.Server.Requests.Count);
        Assert.Equal(h.Server.Requests[0].Body, h.Server.Requests[1].Body);
    }

    [Fact]
    public async Task Summarise_RetryAfterLongerThanMaxRetryWait_FailsAtOnceAsUnavailable()
    {
        using var h = new SummariserHarness();
        h.Server.AnswerNext(FakeOpenAiServer.RateLimited(120));

        var ex = await Assert.ThrowsAsync<ChatServiceException>(() => h.SummariseAsync(SummariserHarness.Lesson));

        Assert.Equal(429, ex.StatusCode);
        Assert.Contains("its rate limit (HTTP 429) held after 1 attempt(s) and it asks to wait 120 s: Rate limit reached for requests", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task Summarise_ServerErrorsThroughEveryAttempt_BacksOffThenFails()
    {
        using var h = new SummariserHarness(settings: new JsonObject { ["maxAttempts"] = 3 });
        h.Server.AnswerNext(FakeOpenAiServer.ServerError(), FakeOpenAiServer.ServerError(), FakeOpenAiServer.ServerError());

        var summary = h.SummariseAsync(SummariserHarness.Lesson);
        foreach (int seconds in new[] { 1, 2 })
        {
            await h.Time.WaitForTimerAsync();
            h.Time.Advance(TimeSpan.FromSeconds(seconds));
        }

        var ex = await Assert.ThrowsAsync<ChatServiceException>(() => summary.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(500, ex.StatusCode);
        Assert.Contains("it kept failing (HTTP 500) after 3 attempt(s): The server had an error while processing your request.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, h.Server.Requests.Count);
    }

    [Fact]
    public async Task Summarise_KeyRefused_ThrowsNamingTheSetting()
    {
        using var h = new SummariserHarness();
        h.Server.AnswerNext(FakeOpenAiServer.InvalidKey());

        var ex = await Assert.ThrowsAsync<ChatAnswerException>(() => h.SummariseAsync(SummariserHarness.Lesson));

        Assert.Contains("refused the API key (HTTP 401): Incorrect API key provided", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Addin__Providers__Settings__semantic-kernel-summariser__apiKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test-key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarise_NothingListening_ThrowsUnreachable()
    {
        using var h = new SummariserHarness();
        h.Server.Dispose();

        var ex = await Assert.ThrowsAsync<ChatServiceException>(() => h.SummariseAsync(SummariserHarness.Lesson));

        Assert.Null(ex.StatusCode);
        Assert.Contains("could not be reached", ex.Message, StringComparison.Ordinal);
        Assert.Contains("check the setting endpoint", ex.Message, StringComparison.Ordinal);
    }
}
