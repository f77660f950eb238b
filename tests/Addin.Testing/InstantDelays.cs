namespace Addin.Testing;

/// <summary>
/// The system clock, except that every timer fires at once: code that waits (a Retry-After, a back-off) goes on
/// without the test sleeping, and the waits it asked for are kept to be asserted.
/// </summary>
internal sealed class InstantDelays : TimeProvider
{
    private readonly List<TimeSpan> waits = [];

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (waits)
            {
                return [.. waits];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (waits)
            {
                waits.Add(dueTime);
            }
        }

        return base.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}
