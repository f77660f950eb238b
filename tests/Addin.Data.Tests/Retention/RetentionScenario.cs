using Addin.Core.Access;
using Addin.Core.Audit;
using Addin.Core.Compliance;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Core.Retention;
using Addin.Core.Transcripts;
using Addin.Data.Tests.Compliance;
using Addin.Sdk.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Retention;

/// <summary>
/// The school of <see cref="SchoolData"/> whose class recording has its media in a real store, a transcript saying
/// "slope" and a recap; with the retention services wired as the host wires them, on a controlled clock.
/// </summary>
internal sealed class RetentionScenario
{
    public static readonly DateTimeOffset Imported = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    public required SchoolData School { get; init; }

    public required IReadOnlyList<string> ClassKeys { get; init; }

    public required FakeTimeProvider Clock { get; init; }

    public required RecordingNotices Notices { get; init; }

    public required AddinDbContext Db { get; init; }

    public required IMediaStore Store { get; init; }

    public static async Task<RetentionScenario> CreateAsync(AddinDbContext db, IMediaStore store)
    {
        var school = await SchoolData.CreateAsync(db);
        var keys = new List<string>();
        foreach (var recording in new[] { school.ClassRecording, school.TutoringRecording, school.BiologyRecording })
        {
            var stored = await ErasureScenario.StoreMediaAsync(store, recording);
            if (recording == school.ClassRecording)
            {
                keys.AddRange(stored);
            }
        }

        var transcript = new TranscriptRecord { RecordingId = school.ClassRecording.Id, EngineId = "source", CreatedAt = Imported };
        transcript.Lines.Add(new TranscriptLine { Index = 0, StartMs = 0, EndMs = 2000, Speaker = "teacher", Text = "The slope is rise over run" });
        var recap = new StoredRecap { RecordingId = school.ClassRecording.Id, Status = RecapStatus.Approved, Version = 1, UpdatedAt = Imported };
        recap.Versions.Add(new RecapVersion { Number = 1, Status = RecapStatus.Approved, Change = "approved", SummariserId = "local", ChangedAt = Imported, RecapJson = "{}" });
        db.AddRange(transcript, recap);
        await db.SaveChangesAsync();
        return new RetentionScenario
        {
            School = school, ClassKeys = keys, Clock = new FakeTimeProvider(Imported), Notices = new RecordingNotices(), Db = db, Store = store,
        };
    }

    public RecordingControls Controls() => new(Db, new AccessPolicy(Db), Deletion());

    public RetentionPolicies Policies() => new(Db, Clock);

    public RetentionRun Run(TimeSpan? noticeBefore = null) => new(
        Db, Policies(), Deletion(), new MediaStoreProviders(Store), Notices,
        Options.Create(new RetentionOptions { NoticeBefore = noticeBefore ?? TimeSpan.FromDays(7) }), new AuditLog(Db, Clock), Clock);

    /// <summary>The recording's keys (as the scenario stored them) that the store still has.</summary>
    public async Task<List<string>> StoredKeysAsync(Recording recording)
    {
        var present = new List<string>();
        foreach (string key in new[] { MediaKeys.Original(recording.Id, ".mp4"), MediaKeys.Poster(recording.Id), MediaKeys.Captions(recording.Id), MediaKeys.Highlights(recording.Id) })
        {
            if (await Store.GetInfoAsync(key, CancellationToken.None) is not null)
            {
                present.Add(key);
            }
        }

        return present;
    }

    private RecordingDeletion Deletion() => new(Db, new ErasedMediaDeleter(new MediaStoreProviders(Store)), Clock);
}

/// <summary>Records the notices retention sends; fails them while <see cref="Failure"/> is set.</summary>
internal sealed class RecordingNotices : IRetentionNotices
{
    public List<RetentionNotice> Sent { get; } = [];

    public string? Failure { get; set; }

    public Task<string?> SendAsync(RetentionNotice notice, CancellationToken cancellationToken)
    {
        if (Failure is null)
        {
            Sent.Add(notice);
        }

        return Task.FromResult(Failure);
    }
}
