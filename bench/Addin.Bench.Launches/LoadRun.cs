using System.Diagnostics;

namespace Addin.Bench.Launches;

/// <summary>
/// A closed-loop load: <c>concurrency</c> workers each run one operation after another for a fixed time, after a warm-up
/// whose results are discarded. Failures are counted with their first message, not hidden. With a tool process to watch,
/// the processor time it spent during the measured part is divided among the operations: unlike throughput, that figure
/// holds on a machine that is busy with other work.
/// </summary>
internal sealed class LoadRun(Func<int, CancellationToken, Task<TimeSpan>> operation, int concurrency, ProcessorClock? tool = null)
{
    private int _next;

    public async Task<LoadResult> RunAsync(string name, TimeSpan warmUp, TimeSpan duration, TextWriter progress, Action? measuring = null)
    {
        var warm = new Tally(concurrency);
        await RunForAsync(warmUp, warm);
        if (warm.Failures > 0)
        {
            progress.WriteLine($"  {name}: {warm.Failures} of {warm.Completed + warm.Failures} failed during warm-up (first: {warm.FirstFailure})");
        }

        measuring?.Invoke();
        var tally = new Tally(concurrency);
        var toolBefore = tool?.Read();
        var clock = Stopwatch.StartNew();
        using (new Timer(_ => Draw(progress, name, clock.Elapsed, duration, tally.Completed), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)))
        {
            await RunForAsync(duration, tally);
        }

        var elapsed = clock.Elapsed;
        var toolTime = tool?.Read() - toolBefore;
        Draw(progress, name, elapsed, duration, tally.Completed);
        progress.WriteLine();
        return LoadResult.From(name, tally.Latencies, tally.Failures, tally.FirstFailure, elapsed, toolTime);
    }

    private async Task RunForAsync(TimeSpan duration, Tally tally)
    {
        long until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                try
                {
                    tally.Succeeded(worker, await operation(Interlocked.Increment(ref _next), CancellationToken.None));
                }
                catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
                {
                    tally.Failed(ex);
                }
            }
        }));
    }

    private static void Draw(TextWriter progress, string name, TimeSpan elapsed, TimeSpan duration, int completed)
    {
        double share = Math.Min(1, elapsed / duration);
        int filled = (int)(share * 30);
        progress.Write($"\r  {name,-16} [{new string('#', filled)}{new string('.', 30 - filled)}] {share,4:P0} {completed,8} done {completed / elapsed.TotalSeconds,7:F0}/s");
    }

    /// <summary>Latencies per worker (no locking on the hot path), and the failures.</summary>
    private sealed class Tally(int workers)
    {
        private readonly List<double>[] _latencies = [.. Enumerable.Range(0, workers).Select(_ => new List<double>())];
        private int _completed;
        private int _failures;

        public int Completed => Volatile.Read(ref _completed);

        public int Failures => Volatile.Read(ref _failures);

        public string? FirstFailure { get; private set; }

        public IReadOnlyList<double> Latencies => [.. _latencies.SelectMany(l => l)];

        public void Succeeded(int worker, TimeSpan latency)
        {
            _latencies[worker].Add(latency.TotalMilliseconds);
            Interlocked.Increment(ref _completed);
        }

        public void Failed(Exception ex)
        {
            if (Interlocked.Increment(ref _failures) == 1)
            {
                FirstFailure = ex.Message;
            }
        }
    }
}
