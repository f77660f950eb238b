using Addin.Core.Pipeline;
using Addin.Core.Pipeline.Stages;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Core.Transcripts;
using Addin.Plugins.LocalSummariser;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Recaps;

/// <summary>
/// The school's Algebra class recording with a real tutoring transcript (four MathDial dialogues), the plan they follow,
/// and the Recap stage as the pipeline runs it with the local summariser.
/// </summary>
internal sealed class RecapScenario
{
    /// <summary>The plan the four dialogues follow (the fifth topic is what comes next).</summary>
    public const string PlanCsv = """
        topic,keywords,planned_minutes
        Counting spoons,spoons;stew,5
        Hot dogs for guests,hotdogs;hot dogs;guests,5
        Tyre repair revenue,revenue;tires;mechanic,5
        Chicken feed,feed;chickens,5
        Download times,download;gigabytes,5
        """;

    public static readonly string[] PlanIds = ["counting-spoons", "hot-dogs-for-guests", "tyre-repair-revenue", "chicken-feed", "download-times"];

    private RecapScenario(AddinDbContext db, SchoolData school, Transcript transcript, FakeTimeProvider time)
    {
        Db = db;
        School = school;
        Transcript = transcript;
        Time = time;
    }

    public AddinDbContext Db { get; }

    public SchoolData School { get; }

    public Transcript Transcript { get; }

    public FakeTimeProvider Time { get; }

    public long RecordingId => School.ClassRecording.Id;

    public static async Task<RecapScenario> CreateAsync(AddinDbContext db, bool consent = true, bool plan = true)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var school = await SchoolData.CreateAsync(db);
        var (transcript, _) = MathDial.Session(MathDial.All.Take(4));
        var recording = await db.Recordings.SingleAsync(r => r.Id == school.ClassRecording.Id);
        recording.DurationMs = (long)(transcript.Segments.Max(s => s.End) + TimeSpan.FromSeconds(5)).TotalMilliseconds;
        var record = new TranscriptRecord { RecordingId = recording.Id, EngineId = transcript.EngineId, CreatedAt = time.GetUtcNow() };
        record.Lines.AddRange(transcript.Segments.Select((s, i) => new TranscriptLine
        {
            Index = i,
            StartMs = (long)s.Start.TotalMilliseconds,
            EndMs = (long)s.End.TotalMilliseconds,
            Speaker = s.Speaker,
            Text = s.Text,
        }));
        db.Transcripts.Add(record);
        await db.SaveChangesAsync();

        var consents = new AiConsents(db, time);
        if (consent)
        {
            await consents.SetPlatformAsync(school.Algebra.PlatformId, true, null, "test", CancellationToken.None);
            await consents.SetCourseAsync(school.Algebra.Id, true, null, "test", CancellationToken.None);
        }

        if (plan)
        {
            await new CurriculumPlans(db, time).ImportAsync(school.Algebra.Id, "plan.csv", new StringReader(PlanCsv), null, CancellationToken.None);
        }

        return new RecapScenario(db, school, transcript, time);
    }

    public static ISummariser LocalSummariser() =>
        new LocalSummariserFactory().Create(TestProviderContext.Create("local-summariser", Path.GetTempPath()));

    /// <summary>Runs the Recap stage on the class recording; returns the events it logged.</summary>
    public async Task<IReadOnlyList<RecordingEvent>> RunStageAsync(ISummariser? summariser = null, string providerId = "local-summariser")
    {
        var recording = await Db.Recordings.Include(r => r.Course).SingleAsync(r => r.Id == RecordingId);
        recording.Stage = PipelineStage.Recap;
        var reported = new List<double>();
        var context = new StageContext(recording, recording.Course!.PlatformId, Path.GetTempPath(), new SyncProgress(reported), Time);
        var stage = new RecapStage(
            Db,
            new SummariserProviders(providerId, summariser ?? LocalSummariser()),
            new AiConsents(Db, Time),
            new CurriculumPlans(Db, Time),
            new RecapDrafts(Db, Time),
            new RecapEvidenceChecker(NullLogger<RecapEvidenceChecker>.Instance),
            DraftNotices);
        await stage.RunAsync(context, CancellationToken.None);
        await Db.SaveChangesAsync();
        Progress = reported;
        return [.. recording.Events];
    }

    /// <summary>The recordings whose draft the stage announced, in order.</summary>
    public QueuedDraftNotices DraftNotices { get; } = new();

    /// <summary>What the summariser reported during the last run.</summary>
    public IReadOnlyList<double> Progress { get; private set; } = [];

    public Task<List<RecapVersion>> VersionsAsync() =>
        Db.RecapVersions.AsNoTracking().Where(v => Db.Recaps.Any(r => r.Id == v.RecapId && r.RecordingId == RecordingId)).OrderBy(v => v.Number).ToListAsync();

    /// <summary>Records the announcements the stage queues, as the job engine would receive them.</summary>
    internal sealed class QueuedDraftNotices : IRecapDraftNotices
    {
        public List<long> Queued { get; } = [];

        public void DraftAwaitsReview(long recordingId) => Queued.Add(recordingId);
    }

    private sealed class SyncProgress(List<double> values) : IProgress<double>
    {
        public void Report(double value) => values.Add(value);
    }
}
