using System.Net;
using System.Net.Http.Headers;
using Addin.Sdk.Http;

namespace Addin.Sdk.Tests.Http;

/// <summary>The wait before retrying a service: what Retry-After asks for, else a doubling backoff with a cap.</summary>
public sealed class RetryWaitTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly FixedTime _time = new(Now);

    [Fact]
    public void RetryAfterInSeconds_IsWaitedExactly_EvenBeyondTheBackoffCap()
    {
        using var response = Answer(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(90)));

        Assert.Equal(TimeSpan.FromSeconds(90), RetryWait.For(response, 1, TimeSpan.FromSeconds(30), _time));
    }

    [Fact]
    public void RetryAfterAsADate_IsMeasuredFromTheClock_AndAPastDateMeansAtOnce()
    {
        using var later = Answer(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(20)));
        using var past = Answer(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-20)));

        Assert.Equal(TimeSpan.FromSeconds(20), RetryWait.For(later, 1, TimeSpan.FromSeconds(30), _time));
        Assert.Equal(TimeSpan.Zero, RetryWait.For(past, 1, TimeSpan.FromSeconds(30), _time));
    }

    [Fact]
    public void WithoutRetryAfter_TheWaitDoublesPerAttempt_UpToTheCap()
    {
        using var response = Answer(_ => { });

        var waits = Enumerable.Range(1, 7).Select(attempt => RetryWait.For(response, attempt, TimeSpan.FromSeconds(30), _time).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], waits);
    }

    private static HttpResponseMessage Answer(Action<HttpResponseMessage> configure)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        configure(response);
        return response;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
