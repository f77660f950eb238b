namespace Addin.Sdk.Http;

/// <summary>How long a provider waits before asking a remote service again after a 429 or 5xx answer.</summary>
public static class RetryWait
{
    /// <summary>
    /// The wait the answer's <c>Retry-After</c> asks for (seconds or a date; never negative), or without one a backoff
    /// that doubles with each attempt (1 s, 2 s, 4 s, …) up to <paramref name="maxBackoff"/>.
    /// </summary>
    /// <param name="response">The answer that asked for a retry.</param>
    /// <param name="attempt">The attempt that got it, 1 for the first.</param>
    /// <param name="maxBackoff">The longest backoff when the service says nothing.</param>
    /// <param name="time">The clock a <c>Retry-After</c> date is measured against.</param>
    public static TimeSpan For(HttpResponseMessage response, int attempt, TimeSpan maxBackoff, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        var backoff = TimeSpan.FromSeconds(Math.Pow(2, Math.Clamp(attempt - 1, 0, 16)));
        return backoff < maxBackoff ? backoff : maxBackoff;
    }
}
