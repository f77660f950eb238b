using System.Diagnostics;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Bench.Processing;

/// <summary>What Addin's run measured.</summary>
/// <param name="Processing">From the original stored to ready: probe, poster, transcript, renditions.</param>
/// <param name="PeakWorkingSet">The most memory this process (Addin and the benchmark) held during the run.</param>
/// <param name="Commands">The ffmpeg and ffprobe commands Addin ran after the original was stored, in order.</param>
/// <param name="Events">The recording's processing log.</param>
internal sealed record AddinResult(TimeSpan Processing, long PeakWorkingSet, IReadOnlyList<(string Tool, IReadOnlyList<string> Arguments)> Commands, IReadOnlyList<string> Events);

/// <summary>Drops the recording into a course's watched folder of an in-process Addin and waits until it is ready.</summary>
internal static class AddinRun
{
    private const string CourseKey = "alg-101";

    public static async Task<AddinResult> RunAsync(string dataDirectory, string media, string transcript, TimeSpan timeout)
    {
        var commands = new ToolCommands();
        await using var host = new BenchHost(dataDirectory, commands);
        host.StartServer();
        using (var browser = new DemoBrowser(host.BaseUrl))
        {
            // The instructor's launch creates the course whose watched folder the recording goes into.
            await browser.LaunchAsync("instructor");
        }

        int before = commands.Commands.Count;
        long peak;
        await using (var memory = new PeakMemory())
        {
            string inbox = host.Inbox(CourseKey);
            Directory.CreateDirectory(inbox);
            File.Copy(transcript, Path.Combine(inbox, "lesson.vtt"));
            File.Move(media, Path.Combine(inbox, "lesson.mp4"));
            await WaitUntilDoneAsync(host, timeout);
            peak = memory.PeakBytes;
        }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var recording = await db.Recordings.AsNoTracking().Include(r => r.Events.OrderBy(e => e.Id)).SingleAsync();
        if (recording.Status != RecordingStatus.Ready)
        {
            throw new InvalidOperationException($"The recording ended {recording.Status}: {recording.Error}");
        }

        // The clock starts when the original is in the store (the end of the upload) and stops when the recording is ready.
        var stored = recording.Events.Last(e => e.Stage == PipelineStage.Store).At;
        var ready = recording.Events.Single(e => e.Stage == PipelineStage.Ready).At;
        var afterStore = commands.Commands.Skip(before).ToList();
        return new AddinResult(ready - stored, peak, afterStore, [.. recording.Events.Select(e => $"{e.Stage}: {e.Message}")]);
    }

    private static async Task WaitUntilDoneAsync(BenchHost host, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        var started = Stopwatch.GetTimestamp();
        while (await timer.WaitForNextTickAsync(cancel.Token))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
            var status = await db.Recordings.AsNoTracking().Select(r => (RecordingStatus?)r.Status).FirstOrDefaultAsync(cancel.Token);
            if (status is RecordingStatus.Ready or RecordingStatus.Failed or RecordingStatus.Duplicate)
            {
                return;
            }
        }

        throw new TimeoutException($"The recording was not processed within {Stopwatch.GetElapsedTime(started)}.");
    }
}
