using Addin.Core.Audit;
using Addin.Core.Recordings;
using Addin.Core.Retention;
using Addin.Plugins.LocalDisk;
using Addin.Sdk.Storage;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Retention;

public sealed class RetentionRunTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly IMediaStore _store;

    public RetentionRunTests() => _store = new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", _data.Path));

    public void Dispose() => _data.Dispose();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_TellsOnceAWeekAhead_ThenDeletes_AndTheCourseOverrideWins(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        var school = s.School;
        await s.Policies().SetAsync(school.Algebra.PlatformId, null, 30, null, null, CancellationToken.None);
        await s.Policies().SetAsync(school.Algebra.PlatformId, school.Biology.Id, 365, null, null, CancellationToken.None);

        s.Clock.Advance(TimeSpan.FromDays(22));
        var early = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(2));
        var noticed = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
        var sameDay = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(7));
        var due = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);

        Assert.Empty(early.Items);
        Assert.Equal([school.ClassRecording.Id, school.TutoringRecording.Id], noticed.Items.Where(i => i.Step == RetentionStep.Notice).Select(i => i.RecordingId));
        Assert.Equal([school.ClassRecording.Id, school.TutoringRecording.Id], s.Notices.Sent.Select(n => n.RecordingId));
        Assert.All(s.Notices.Sent, n => Assert.Equal(RetentionScenario.Imported.AddDays(31), n.DeleteOn));
        Assert.Empty(sameDay.Items);
        Assert.Equal([school.ClassRecording.Id, school.TutoringRecording.Id], due.Items.Where(i => i.Step == RetentionStep.Delete && i.Problem is null).Select(i => i.RecordingId));
        Assert.Equal(2, s.Notices.Sent.Count);
        Assert.Empty(await s.StoredKeysAsync(school.ClassRecording));
        Assert.Equal(4, (await s.StoredKeysAsync(school.BiologyRecording)).Count);
        await using var fresh = database.CreateContext();
        var statuses = await fresh.Recordings.OrderBy(r => r.Id).Select(r => new { r.Id, r.Status, r.DeletedReason }).ToListAsync();
        Assert.Equal(RecordingStatus.Deleted, statuses.Single(r => r.Id == school.ClassRecording.Id).Status);
        Assert.Contains("platform 'lms' policy (delete after 30 days)", statuses.Single(r => r.Id == school.ClassRecording.Id).DeletedReason, StringComparison.Ordinal);
        Assert.Equal(RecordingStatus.Ready, statuses.Single(r => r.Id == school.BiologyRecording.Id).Status);
        Assert.Equal(RecordingStatus.Processing, statuses.Single(r => r.Id == school.ProcessingRecording.Id).Status);
        var audit = await fresh.AuditEntries.Where(a => a.Action == AuditActions.RetentionDelete).OrderBy(a => a.TargetId).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Contains("platform 'lms' policy (delete after 30 days): imported 2026-09-01, instructors told 2026-09-25", a.Detail, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_SparesKeepAndLegalHold_AndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        var school = s.School;
        await s.Controls().ApplyAsync(school.Teacher, school.ClassRecording.Id, 0, RecordingControl.Keep, CancellationToken.None);
        await s.Controls().ApplyAsync(school.Reviewer, school.TutoringRecording.Id, 0, RecordingControl.Hold, "complaint 12", CancellationToken.None);
        await s.Policies().SetAsync(school.Algebra.PlatformId, null, 30, null, null, CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(400));

        var report = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);

        var spared = report.Items.Where(i => i.RecordingId == school.ClassRecording.Id || i.RecordingId == school.TutoringRecording.Id).ToList();
        Assert.Equal([RetentionStep.SparedByKeep, RetentionStep.SparedByLegalHold], spared.Select(i => i.Step));
        Assert.Contains("under legal hold (complaint 12)", spared[1].Why, StringComparison.Ordinal);
        Assert.DoesNotContain(s.Notices.Sent, n => n.RecordingId == school.ClassRecording.Id || n.RecordingId == school.TutoringRecording.Id);
        Assert.Equal(s.ClassKeys.Order(), (await s.StoredKeysAsync(school.ClassRecording)).Order());
        Assert.Equal(4, (await s.StoredKeysAsync(school.TutoringRecording)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task DryRun_ReportsWhatARunWouldDo_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        var school = s.School;
        await s.Policies().SetAsync(school.Algebra.PlatformId, null, 30, null, null, CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(24));
        await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(36));
        int auditBefore = await db.AuditEntries.CountAsync();

        var dry = await s.Run().RunAsync(dryRun: true, AuditOrigin.Job, CancellationToken.None);

        Assert.True(dry.DryRun);
        long[] platformsReady = [school.ClassRecording.Id, school.TutoringRecording.Id, school.SubstitutedRecording.Id, school.BiologyRecording.Id];
        Assert.Equal(platformsReady, dry.Items.Where(i => i.Step == RetentionStep.Delete).Select(i => i.RecordingId));
        Assert.Equal(platformsReady, s.Notices.Sent.Select(n => n.RecordingId));
        Assert.Equal(s.ClassKeys.Order(), (await s.StoredKeysAsync(school.ClassRecording)).Order());
        await using var fresh = database.CreateContext();
        Assert.Equal(auditBefore, await fresh.AuditEntries.CountAsync());
        Assert.DoesNotContain(await fresh.Recordings.Select(r => r.Status).ToListAsync(), status => status == RecordingStatus.Deleted);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_DeletesNothingWhoseNoticeCouldNotBeSent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        await s.Policies().SetAsync(s.School.Algebra.PlatformId, null, 30, null, null, CancellationToken.None);
        s.Notices.Failure = "the SMTP server refused the message";
        s.Clock.Advance(TimeSpan.FromDays(100));

        var report = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);

        var failed = report.Items.Single(i => i.RecordingId == s.School.ClassRecording.Id);
        Assert.Equal((RetentionStep.Notice, "the SMTP server refused the message"), (failed.Step, failed.Problem));
        Assert.Equal(s.ClassKeys.Order(), (await s.StoredKeysAsync(s.School.ClassRecording)).Order());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_OnAStoreWithoutTiers_SaysNothingWasMoved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        await s.Policies().SetAsync(s.School.Algebra.PlatformId, null, null, 10, "Archive", CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(11));

        var report = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);

        var move = report.Items.First(i => i.RecordingId == s.School.ClassRecording.Id);
        Assert.Equal(RetentionStep.Move, move.Step);
        Assert.Contains("has no storage tiers", move.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, null, null, "from 1 to 36500")]
    [InlineData(null, 10, null, "Give both the tier")]
    [InlineData(null, 10, "Glacier", "'Glacier' is not a storage tier; use one of Cool, Cold, Archive")]
    [InlineData(30, 40, "Cool", "deleted (after 30 days) before it moves (after 40 days)")]
    [InlineData(null, null, null, "needs days before deletion")]
    public async Task SetPolicy_RefusesBadInput_SayingWhatToGive(int? deleteAfter, int? moveAfter, string? tier, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => s.Policies().SetAsync(s.School.Algebra.PlatformId, null, deleteAfter, moveAfter, tier, CancellationToken.None));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.False(await db.RetentionPolicies.AnyAsync());
    }
}
