using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline;

/// <summary>
/// Records a stage's progress on the recording so that its page can show it. Reports are cheap (a field write);
/// a loop writes the latest percentage with its own database context at most every <see cref="Interval"/>.
/// </summary>
internal sealed class StageProgressReporter : IProgress<double>, IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(400);
    private readonly IDbContextFactory<AddinDbContext> contexts;
    private readonly long recordingId;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int latest;
    private int written;

    public StageProgressReporter(IDbContextFactory<AddinDbContext> contexts, long recordingId, TimeProvider time)
    {
        this.contexts = contexts;
        this.recordingId = recordingId;
        this.time = time;
        loop = Task.Run(RunAsync);
    }

    public void Report(double value) => Volatile.Write(ref latest, (int)Math.Clamp(Math.Round(value * 100), 0, 100));

    public async ValueTask DisposeAsync()
    {
        if (stop.IsCancellationRequested)
        {
            return;
        }

        await stop.CancelAsync();
        await loop;
    }

    private async Task RunAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(Interval, time, stop.Token);
                await WriteAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The stage finished; the pipeline writes the final state itself.
        }
    }

    private async Task WriteAsync()
    {
        int percent = Volatile.Read(ref latest);
        if (percent == written)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(stop.Token);
        await db.Recordings.Where(r => r.Id == recordingId && r.Status == RecordingStatus.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, percent), stop.Token);
        written = percent;
    }
}
