namespace Addin.Testing;

/// <summary>
/// Waits for something to become true by asking again and again, with a deadline. Tests never sleep and hope: they
/// poll a state they can read (an API, the database, a folder) and fail with what they saw last.
/// </summary>
public static class WaitFor
{
    /// <summary>Long enough for a short clip through the whole pipeline on a busy two-core machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads a value until <paramref name="done"/> holds for it, and returns that value.</summary>
    /// <param name="read">Reads the current value; it is cancelled when the wait times out.</param>
    /// <param name="done">True when the value is the one waited for.</param>
    /// <param name="what">What is waited for, for the timeout message.</param>
    /// <param name="timeout">The deadline; <see cref="DefaultTimeout"/> when null.</param>
    /// <exception cref="TimeoutException">The value did not come in time; the message shows the last value read.</exception>
    public static async Task<T> ValueAsync<T>(Func<CancellationToken, Task<T>> read, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var limit = timeout ?? DefaultTimeout;
        using var stop = new CancellationTokenSource();
        string last = "nothing yet";

        async Task<T> PollAsync()
        {
            while (true)
            {
                var value = await read(stop.Token);
                last = value?.ToString() ?? "null";
                if (done(value))
                {
                    return value;
                }

                await Task.Delay(Interval, stop.Token);
            }
        }

        var polling = PollAsync();
        try
        {
            return await polling.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            await stop.CancelAsync();
            throw new TimeoutException($"Waited {limit.TotalSeconds:0.#} s for {what}; last seen: {last}");
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    /// <exception cref="TimeoutException">It did not hold in time.</exception>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return ValueAsync(_ => Task.FromResult(condition()), ok => ok, what, timeout);
    }
}
