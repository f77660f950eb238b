using System.Diagnostics;

namespace Addin.Bench.Processing;

/// <summary>Samples this process's working set (resident memory) every 50 ms and keeps the highest.</summary>
internal sealed class PeakMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peak;

    public PeakMemory() => sampling = SampleAsync();

    public long PeakBytes => Interlocked.Read(ref peak);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            do
            {
                process.Refresh();
                long now = process.WorkingSet64;
                if (now > peak)
                {
                    Interlocked.Exchange(ref peak, now);
                }
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException)
        {
            // Stopped at the end of the measured run.
        }
    }
}
