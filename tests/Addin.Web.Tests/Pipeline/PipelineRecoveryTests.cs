using System.Collections.Concurrent;
using Addin.Core.Pipeline;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Testing;
using Addin.Web.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Idempotency on a node that runs no jobs of its own, so each test drives discovery and the pipeline step by step:
/// a file found again and again is one recording, a finished recording is left alone, and a run stopped inside a
/// stage resumes at that stage and finishes with one transcript.
/// </summary>
public sealed class PipelineRecoveryTests(ManualPipelineAppFixture apps) : IClassFixture<ManualPipelineAppFixture>
{
    [Fact]
    public async Task SameFolderFileFoundByRepeatedPolls_IsOneRecording()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "polled.mp4");
        string dropped = app.Drop(media, "polled.mp4", (".vtt", app.Clips.Vtt));

        // Polls until the file has stayed unchanged long enough to be taken.
        int created = 0;
        await WaitFor.ValueAsync(async ct => created += await PollAsync(app, ct), _ => created > 0, "the dropped file to be found", TimeSpan.FromSeconds(20));

        // Nothing processes it here, so it stays in the folder and every later poll finds it again, several at once too.
        int[] again = [.. await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PollAsync(app, CancellationToken.None))), await PollAsync(app, CancellationToken.None)];

        Assert.Equal((1, 0), (created, again.Sum()));
        Assert.True(File.Exists(dropped));
        var recordings = await app.QueryAsync(db => db.Recordings.Where(r => r.OriginalFileName == "polled.mp4").Select(r => r.SessionId).ToListAsync());
        Assert.Single(recordings);
        Assert.Equal(1, await app.QueryAsync(db => db.Sessions.CountAsync(s => s.Id == recordings[0])));
    }

    [Fact]
    public async Task RunningTheJobAgainForAReadyRecording_ChangesNothing()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "rerun.mp4");
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, TranscriptName = "rerun.vtt", TranscriptText = app.Clips.Vtt });
        await RunJobAsync(app, uploaded.RecordingId);
        var before = await SnapshotAsync(app, uploaded.RecordingId);
        Assert.Equal(nameof(RecordingStatus.Ready), before.Status);

        await RunJobAsync(app, uploaded.RecordingId);
        await RunPipelineAsync(app, uploaded.RecordingId, attempt: 2, CancellationToken.None);

        Assert.Equal(before, await SnapshotAsync(app, uploaded.RecordingId));
    }

    [Theory]
    [InlineData(PipelineStage.Probe)]
    [InlineData(PipelineStage.Transcript)]
    [InlineData(PipelineStage.Renditions)]
    public async Task RunStoppedInsideAStage_ResumesAtThatStage_AndEndsReadyWithOneTranscript(PipelineStage stoppedIn)
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, $"stopped-in-{stoppedIn}.mp4".ToLowerInvariant());
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, TranscriptName = "lesson.vtt", TranscriptText = app.Clips.Vtt });
        long id = uploaded.RecordingId;

        using (var crash = new CancellationTokenSource())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunPipelineAsync(app, id, attempt: 1, crash.Token,
                stages => stages.Select(s => s.Stage == stoppedIn ? new StopsAfterItsWork(s, crash) : s)));
        }

        var stopped = await app.RecordingAsync(id);
        Assert.Equal((stoppedIn, RecordingStatus.Processing), (stopped.Stage, stopped.Status));

        var ran = new ConcurrentQueue<PipelineStage>();
        await RunPipelineAsync(app, id, attempt: 2, CancellationToken.None, stages => stages.Select(s => new Watched(s, ran)));

        Assert.Equal(PipelineOrder.Stages.SkipWhile(s => s != stoppedIn).TakeWhile(s => s != PipelineStage.Ready), ran);
        var done = await app.RecordingAsync(id);
        Assert.Equal((RecordingStatus.Ready, PipelineStage.Ready, 100), (done.Status, done.Stage, done.Progress));
        var transcripts = await app.QueryAsync(db => db.Transcripts.Where(t => t.RecordingId == id).Select(t => t.Lines.Count).ToListAsync());
        Assert.Equal([TestClips.Lines.Count], transcripts);
        Assert.Single(done.Events, e => e.Message.StartsWith("Stored ", StringComparison.Ordinal));
        Assert.Single(done.Events, e => e.Message.StartsWith("Probed: ", StringComparison.Ordinal));
        Assert.Single(done.Events, e => e.Message.StartsWith("Transcript by ", StringComparison.Ordinal));
        Assert.Single(done.Events, e => e.Message == "Ready to play.");
        await PlayerAssert.PlaysAsync(app, id);
    }

    private static async Task<int> PollAsync(PipelineApp app, CancellationToken cancellationToken)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SourcePoller>().PollAllAsync(cancellationToken);
    }

    /// <summary>Runs the durable job the way the job engine does on its first attempt.</summary>
    private static async Task RunJobAsync(PipelineApp app, long recordingId)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProcessRecordingJob>().RunAsync(recordingId, null, CancellationToken.None);
    }

    /// <summary>Runs the pipeline, optionally with its stages wrapped.</summary>
    private static async Task RunPipelineAsync(
        PipelineApp app, long recordingId, int attempt, CancellationToken cancellationToken, Func<IEnumerable<IPipelineStage>, IEnumerable<IPipelineStage>>? wrap = null)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var pipeline = wrap is null
            ? services.GetRequiredService<RecordingPipeline>()
            : ActivatorUtilities.CreateInstance<RecordingPipeline>(services, (IEnumerable<IPipelineStage>)[.. wrap(services.GetServices<IPipelineStage>())]);
        await pipeline.RunAsync(recordingId, attempt, cancellationToken);
    }

    /// <summary>Everything a run could change: the row, its events, its transcript and the stored files.</summary>
    private static async Task<Snapshot> SnapshotAsync(PipelineApp app, long recordingId)
    {
        var r = await app.RecordingAsync(recordingId);
        var transcripts = await app.QueryAsync(db => db.Transcripts.Where(t => t.RecordingId == recordingId)
            .Select(t => $"{t.Id}:{t.CreatedAt:O}:{t.Lines.Count}").ToListAsync());
        long platformId = await app.QueryAsync(db => db.Courses.Where(c => c.Id == r.CourseId).Select(c => c.PlatformId).SingleAsync());
        var store = (await app.App.Services.GetRequiredService<IPlatformProviders>().GetMediaStoreAsync(platformId, CancellationToken.None)).Provider;
        var files = new List<string>();
        foreach (string? key in (string?[])[r.MediaKey, r.PosterKey, r.CaptionsKey, r.SourceTranscriptKey])
        {
            var info = key is null ? null : await store.GetInfoAsync(key, CancellationToken.None);
            files.Add($"{key}={info?.Length}:{info?.Sha256}");
        }

        return new Snapshot(
            r.Status.ToString(), r.Stage, r.Progress, r.Attempts, r.Error, r.UpdatedAt, r.Sha256, r.ContentClaim,
            string.Join(" | ", r.Events.Select(e => $"{e.Id} {e.Stage} {e.Severity} {e.Message}")),
            string.Join(", ", transcripts),
            string.Join(", ", files));
    }

    private sealed record Snapshot(
        string Status, PipelineStage Stage, int Progress, int Attempts, string? Error, DateTimeOffset UpdatedAt, string? Sha256, string? ContentClaim,
        string Events, string Transcripts, string Files);

    /// <summary>Does the stage's work, then stops the run before the pipeline records it, as a crash or shutdown would.</summary>
    private sealed class StopsAfterItsWork(IPipelineStage inner, CancellationTokenSource crash) : IPipelineStage
    {
        public PipelineStage Stage => inner.Stage;

        public async Task RunAsync(StageContext context, CancellationToken cancellationToken)
        {
            await inner.RunAsync(context, cancellationToken);
            await crash.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Notes which stages run.</summary>
    private sealed class Watched(IPipelineStage inner, ConcurrentQueue<PipelineStage> ran) : IPipelineStage
    {
        public PipelineStage Stage => inner.Stage;

        public Task RunAsync(StageContext context, CancellationToken cancellationToken)
        {
            ran.Enqueue(inner.Stage);
            return inner.RunAsync(context, cancellationToken);
        }
    }
}
