using Addin.Lti.Registration;

namespace Addin.Lti.Services;

/// <summary>How the tool talks to platforms' LTI Advantage services: token lifetimes, retries and paging bounds.</summary>
public sealed record LtiServiceOptions
{
    /// <summary>How long a client assertion is valid (its <c>exp</c> minus its <c>iat</c>).</summary>
    public TimeSpan AssertionLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>An access token is fetched again this long before its <c>expires_in</c> runs out.</summary>
    public TimeSpan TokenRefreshMargin { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a token is kept when the token endpoint does not say (<c>expires_in</c> missing).</summary>
    public TimeSpan DefaultTokenLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times a request answered with 429 or 503 is sent again before giving up.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>
    /// The longest single wait before a retry. When a platform's <c>Retry-After</c> asks for more, the call fails at
    /// once with <see cref="LtiServiceErrorCode.RateLimited"/> and <see cref="LtiServiceException.RetryAfter"/> set,
    /// so a background job can be rescheduled instead of holding a thread of work.
    /// </summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the first retry when the platform sends no <c>Retry-After</c>; doubled for each further retry.</summary>
    public TimeSpan DefaultRetryWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The most pages one listing follows (<c>Link: rel="next"</c>), a bound against endless paging.</summary>
    public int MaxPages { get; init; } = 5000;


    /// <summary>Lists what is wrong with these options, each naming the property; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Require(problems, AssertionLifetime > TimeSpan.Zero && AssertionLifetime <= TimeSpan.FromHours(1), nameof(AssertionLifetime), "between 0 and 1 hour");
        Require(problems, TokenRefreshMargin >= TimeSpan.Zero, nameof(TokenRefreshMargin), "zero or more");
        Require(problems, DefaultTokenLifetime > TimeSpan.Zero, nameof(DefaultTokenLifetime), "positive");
        Require(problems, MaxRetries >= 0, nameof(MaxRetries), "zero or more");
        Require(problems, MaxRetryWait >= TimeSpan.Zero, nameof(MaxRetryWait), "zero or more");
        Require(problems, DefaultRetryWait > TimeSpan.Zero, nameof(DefaultRetryWait), "positive");
        Require(problems, MaxPages > 0, nameof(MaxPages), "positive");
        return problems;
    }

    internal void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid LTI service options: " + string.Join(" ", problems), "options");
        }
    }

    private static void Require(List<string> problems, bool ok, string name, string rule)
    {
        if (!ok)
        {
            problems.Add($"{name} must be {rule}.");
        }
    }
}
