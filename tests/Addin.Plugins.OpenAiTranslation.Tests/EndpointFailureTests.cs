using System.Text.Json.Nodes;
using Addin.Plugins.OpenAiTranslation.Chat;
using Addin.Testing;

namespace Addin.Plugins.OpenAiTranslation.Tests;

/// <summary>429 and 5xx are retried on the injected clock as the endpoint asks; other refusals say which setting to check.</summary>
public sealed class EndpointFailureTests
{
    [Fact]
    public async Task Translate_RateLimitedWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        using var h = new TranslatorHarness();
        h.Server.AnswerNext(FakeOpenAiServer.RateLimited(7));

        var translation = h.TranslateAsync();
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Single(h.Server.Requests);
        Assert.False(translation.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(0.1));
        var translated = await translation.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(5, translated.Count);
        Assert.Equal(2, h.Server.Requests.Count);
        Assert.Equal(h.Server.Requests[0].Body, h.Server.Requests[1].Body);
    }

    [Fact]
    public async Task Translate_RetryAfterLongerThanMaxRetryWait_FailsAtOnceAsUnavailable()
    {
        using var h = new TranslatorHarness();
        h.Server.AnswerNext(FakeOpenAiServer.RateLimited(120));

        var ex = await Assert.ThrowsAsync<TranslationServiceException>(() => h.TranslateAsync());

        Assert.Equal(429, ex.StatusCode);
        Assert.Contains("its rate limit (HTTP 429) held after 1 attempt(s) and it asks to wait 120 s: Rate limit reached for requests", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task Translate_ServerErrorsThroughEveryAttempt_BacksOffThenFails()
    {
        using var h = new TranslatorHarness(settings: new JsonObject { ["maxAttempts"] = 3 });
        h.Server.AnswerNext(FakeOpenAiServer.ServerError(), FakeOpenAiServer.ServerError(), FakeOpenAiServer.ServerError());

        var translation = h.TranslateAsync();
        foreach (int seconds in new[] { 1, 2 })
        {
            await h.Time.WaitForTimerAsync();
            h.Time.Advance(TimeSpan.FromSeconds(seconds));
        }

        var ex = await Assert.ThrowsAsync<TranslationServiceException>(() => translation.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(500, ex.StatusCode);
        Assert.Contains("it kept failing (HTTP 500) after 3 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, h.Server.Requests.Count);
    }

    [Fact]
    public async Task Translate_KeyRefused_ThrowsNamingTheSettingButNotTheKey()
    {
        using var h = new TranslatorHarness();
        h.Server.AnswerNext(FakeOpenAiServer.InvalidKey());

        var ex = await Assert.ThrowsAsync<TranslationAnswerException>(() => h.TranslateAsync());

        Assert.Contains("refused the API key (HTTP 401)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Addin__Providers__Settings__openai-translation__apiKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test-key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_NothingListening_ThrowsUnreachable()
    {
        using var h = new TranslatorHarness();
        h.Server.Dispose();

        var ex = await Assert.ThrowsAsync<TranslationServiceException>(() => h.TranslateAsync());

        Assert.Contains("could not be reached", ex.Message, StringComparison.Ordinal);
    }
}
