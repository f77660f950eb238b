using System.Net;

namespace Addin.Lti.Services;

/// <summary>When to send a rate-limited (429) or unavailable (503) request again.</summary>
internal static class RetryWait
{
    public static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>
    /// The platform's <c>Retry-After</c> (seconds or an HTTP date, measured from <paramref name="now"/>); without one,
    /// <see cref="LtiServiceOptions.DefaultRetryWait"/> doubled per earlier retry, capped at <see cref="LtiServiceOptions.MaxRetryWait"/>.
    /// </summary>
    public static TimeSpan For(HttpResponseMessage response, int retriesSoFar, LtiServiceOptions options, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        var backoff = options.DefaultRetryWait * Math.Pow(2, Math.Min(retriesSoFar, 16));
        return backoff < options.MaxRetryWait ? backoff : options.MaxRetryWait;
    }

    /// <summary>A wait for messages: "7 s", "2 min".</summary>
    public static string Describe(TimeSpan wait) =>
        wait < TimeSpan.FromMinutes(2) ? $"{Math.Ceiling(wait.TotalSeconds):0} s" : $"{Math.Ceiling(wait.TotalMinutes):0} min";
}
