namespace Addin.Sdk.Http;

/// <summary>An access token and when it stops being accepted.</summary>
/// <param name="Value">The token, as sent in <c>Authorization: Bearer</c>.</param>
/// <param name="ExpiresAt">When the service stops accepting it.</param>
public readonly record struct AccessToken(string Value, DateTimeOffset ExpiresAt);

/// <summary>
/// Keeps a provider's access token (OAuth client credentials and the like) until a minute before it expires or until the
/// service refuses it. One caller fetches at a time; callers that waited use the token the first one fetched.
/// </summary>
/// <param name="fetch">Asks the service for a new token; its exceptions reach the caller of <see cref="GetAsync"/>.</param>
/// <param name="time">The clock expiry is measured against.</param>
public sealed class AccessTokenCache(Func<CancellationToken, Task<AccessToken>> fetch, TimeProvider time) : IDisposable
{
    /// <summary>How long before its expiry a token is no longer used, so that it does not expire on the way.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim fetching = new(1, 1);
    private readonly Lock sync = new();
    private AccessToken? current;

    /// <summary>The kept token while it is good, otherwise a new one.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Valid() is { } cached)
        {
            return cached;
        }

        await fetching.WaitAsync(cancellationToken);
        try
        {
            if (Valid() is { } fetched)
            {
                return fetched;
            }

            var token = await fetch(cancellationToken);
            lock (sync)
            {
                current = token;
            }

            return token.Value;
        }
        finally
        {
            fetching.Release();
        }
    }

    /// <summary>Forgets a token the service refused, unless another call already replaced it.</summary>
    /// <param name="refused">The token that was refused.</param>
    public void Invalidate(string refused)
    {
        lock (sync)
        {
            if (current?.Value == refused)
            {
                current = null;
            }
        }
    }

    /// <summary>Releases the lock that keeps fetches one at a time.</summary>
    public void Dispose() => fetching.Dispose();

    private string? Valid()
    {
        lock (sync)
        {
            return current is { } token && time.GetUtcNow() < token.ExpiresAt - Margin ? token.Value : null;
        }
    }
}
