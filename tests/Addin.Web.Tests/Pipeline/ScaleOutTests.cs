using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Addin.Core.Recordings;
using Addin.Data;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Scale-out as README "Running several Addin processes" configures it: two Addin processes (the built Addin.Web.dll,
/// ports and data folders of their own) on one PostgreSQL database and one Azure Blob account (Azurite), sharing a
/// watched folder. Twenty recordings are dropped; one process (one worker) is killed (SIGKILL) inside a stage; the
/// survivor (two workers) takes that job over once its claim lapses (Addin:Jobs:InvisibilityTimeout) and finishes everything.
/// </summary>
public sealed partial class ScaleOutTests(ITestOutputHelper output)
{
    private const int Recordings = 20;
    private const PipelineStage KilledIn = PipelineStage.Renditions;

    [Fact]
    public async Task TwoProcesses_ShareTwentyRecordings_EachStageRunsOnce_AndTheSurvivorRedoesOnlyTheStageTheKilledOneWasIn()
    {
        var clips = await TestClips.GetAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        using var inbox = new TempDirectory("addin-shared-inbox");
        using var dataA = new TempDirectory("addin-worker-a");
        using var dataB = new TempDirectory("addin-worker-b");
        var shared = new Dictionary<string, string?>
        {
            ["Addin:Database:Provider"] = "Postgres",
            ["Addin:Database:ConnectionString"] = database.ConnectionString,
            ["Addin:Plugins:Directory"] = RepoPaths.Plugins,
            ["Addin:Providers:MediaStore:0"] = "azure-blob",
            ["Addin:Providers:Settings:azure-blob:connectionString"] = AzuriteServer.ConnectionString,
            ["Addin:Providers:Settings:azure-blob:container"] = AzuriteServer.NewContainerName(),
            ["Addin:Providers:Settings:folder:inbox"] = inbox.Path,
            ["Addin:Providers:Settings:folder:settleTime"] = "00:00:00.5",
            ["Addin:Jobs:QueuePollInterval"] = "00:00:00.2",
            ["Addin:Jobs:InvisibilityTimeout"] = "00:00:02",
            ["Addin:Pipeline:PollInterval"] = "00:00:00.5",
            ["Addin:EnableDemo"] = "true",
            ["Addin:SeedDemoRecordings"] = "false",
        };
        // Behind a load balancer both have one public URL; here it is A's, which the demo LMS launches through.
        int portA = AddinProcess.FreePort();
        shared["Addin:PublicBaseUrl"] = $"http://127.0.0.1:{portA}";
        var clock = Stopwatch.StartNew();
        // A has one worker, so that one job is cut short; B, the survivor, two.
        await using var a = await AddinProcess.StartAsync("worker A", portA, new Dictionary<string, string?>(shared) { ["Addin:DataDirectory"] = dataA.Path, ["Addin:Jobs:WorkerCount"] = "1" });
        await using var b = await AddinProcess.StartAsync("worker B", AddinProcess.FreePort(), new Dictionary<string, string?>(shared) { ["Addin:DataDirectory"] = dataB.Path, ["Addin:Jobs:WorkerCount"] = "2" });
        output.WriteLine($"both started after {clock.Elapsed.TotalSeconds:0.0} s");

        // One key ring in the database: B reads the tool key A made, and a page session A issued opens on B.
        using var http = new HttpClient();
        Assert.Equal(await http.GetStringAsync(new Uri(a.BaseUrl, "/lti/jwks")), await http.GetStringAsync(new Uri(b.BaseUrl, "/lti/jwks")));
        using var browser = new DemoBrowser(a.BaseUrl);
        var launch = await browser.LaunchAsync("instructor");
        using (var sessionOnB = await http.GetAsync(new Uri(b.BaseUrl, new Uri(a.BaseUrl, launch.Location).PathAndQuery)))
        {
            Assert.Equal(HttpStatusCode.OK, sessionOnB.StatusCode);
        }

        Assert.True(await QueryAsync(database, db => db.DataProtectionKeys.AnyAsync()));
        Assert.False(Directory.Exists(Path.Combine(dataA.Path, "keys")) || Directory.Exists(Path.Combine(dataB.Path, "keys")));

        string course = Path.Combine(inbox.Path, PipelineApp.CourseKey);
        Directory.CreateDirectory(course);
        await Task.WhenAll(Enumerable.Range(1, Recordings).Select(async i =>
        {
            string media = await clips.CopyAsync(clips.Mp4, $"lesson-{i:00}.mp4");
            await File.WriteAllTextAsync(Path.Combine(course, $"lesson-{i:00}.vtt"), clips.Vtt);
            File.Move(media, Path.Combine(course, $"lesson-{i:00}.mp4"));
        }));

        // A is killed as soon as it starts the stage in its second recording: the stage is then half done.
        int started = 0;
        string killedLine = await a.WaitForLineAsync(line => StageLine(line) is { Stage: KilledIn, Started: true } && ++started == 2, TimeSpan.FromSeconds(90));
        await a.KillAsync();
        long killed = StageLine(killedLine)!.RecordingId;
        var atKill = await QueryAsync(database, db => db.Recordings.Where(r => r.Id == killed).Select(r => new { r.Stage, r.Status }).SingleAsync());
        Assert.Equal((KilledIn, RecordingStatus.Processing), (atKill.Stage, atKill.Status));
        output.WriteLine($"A killed in {KilledIn} of recording {killed} after {clock.Elapsed.TotalSeconds:0.0} s");

        await WaitFor.ValueAsync(
            ct => QueryAsync(database, db => db.Recordings.CountAsync(r => r.Status == RecordingStatus.Ready, ct)),
            count => count == Recordings,
            $"all {Recordings} recordings to be ready",
            TimeSpan.FromSeconds(120));
        output.WriteLine($"all ready after {clock.Elapsed.TotalSeconds:0.0} s");

        // Every recording once, every one ready, each stage's result recorded once in its processing log.
        var recordings = await QueryAsync(database, db => db.Recordings.Include(r => r.Events).AsNoTracking().ToListAsync());
        Assert.Equal(Recordings, recordings.Count);
        Assert.All(recordings, r => Assert.Equal((RecordingStatus.Ready, 1, 1, 1, 1), (
            r.Status,
            r.Events.Count(e => e.Message.StartsWith("Stored ", StringComparison.Ordinal)),
            r.Events.Count(e => e.Message.StartsWith("Probed: ", StringComparison.Ordinal)),
            r.Events.Count(e => e.Message.StartsWith("Transcript by ", StringComparison.Ordinal)),
            r.Events.Count(e => e.Message == "Ready to play."))));

        // The workers' logs: every stage of every recording started and finished once, on one worker or the other,
        // except the stage A was killed in, which B started again and finished.
        var onA = a.Lines.Select(StageLine).OfType<StageEvent>().ToList();
        var onB = b.Lines.Select(StageLine).OfType<StageEvent>().ToList();
        var stages = PipelineOrder.Stages.Where(s => s != PipelineStage.Ready).ToList();
        foreach (var recording in recordings)
        {
            foreach (var stage in stages)
            {
                var startsA = onA.Count(e => e.RecordingId == recording.Id && e.Stage == stage && e.Started);
                var startsB = onB.Count(e => e.RecordingId == recording.Id && e.Stage == stage && e.Started);
                var finishes = onA.Concat(onB).Count(e => e.RecordingId == recording.Id && e.Stage == stage && !e.Started);
                bool redone = recording.Id == killed && stage == KilledIn;
                Assert.True(
                    redone ? (startsA, startsB, finishes) == (1, 1, 1) : (startsA + startsB, finishes) == (1, 1),
                    $"recording {recording.Id} stage {stage}: started {startsA}× on A, {startsB}× on B, finished {finishes}×");
            }
        }

        Assert.DoesNotContain(onA, e => e.RecordingId == killed && !e.Started && e.Stage == KilledIn);
        Assert.Contains(onA, e => e.RecordingId != killed && e.Stage == PipelineStage.Recap && !e.Started);
        output.WriteLine($"stages finished: {onA.Count(e => !e.Started)} on A, {onB.Count(e => !e.Started)} on B");
    }

    private static StageEvent? StageLine(string line) =>
        StagePattern().Match(line) is { Success: true } m
            ? new StageEvent(long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<PipelineStage>(m.Groups[2].Value), m.Groups[3].Value == "started")
            : null;

    private static async Task<T> QueryAsync<T>(TestDatabase database, Func<Core.Persistence.AddinDbContext, Task<T>> query)
    {
        await using var db = database.CreateContext();
        return await query(db);
    }

    [GeneratedRegex(@"Recording (\d+) stage (\w+) (started|finished)")]
    private static partial Regex StagePattern();

    private sealed record StageEvent(long RecordingId, PipelineStage Stage, bool Started);
}
