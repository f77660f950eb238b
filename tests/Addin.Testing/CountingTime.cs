using Microsoft.Extensions.Time.Testing;

namespace Addin.Testing;

/// <summary>A fake clock that also tells when the code under test starts waiting, so a test can move time past the wait.</summary>
internal sealed class CountingTime(FakeTimeProvider inner) : TimeProvider
{
    private readonly SemaphoreSlim timers = new(0);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        timers.Release();
        return timer;
    }

    /// <summary>Waits (in real time, bounded) until the code under test has started a delay.</summary>
    public async Task WaitForTimerAsync() =>
        Assert.True(await timers.WaitAsync(TimeSpan.FromSeconds(10)), "The code under test did not start a delay.");

    public void Advance(TimeSpan by) => inner.Advance(by);
}
