using Addin.Core.Access;
using Addin.Core.Recordings;
using Addin.Core.Retention;
using Addin.Core.Search;
using Addin.Plugins.LocalDisk;
using Addin.Sdk.Storage;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Retention;

public sealed class RecordingControlsTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly IMediaStore _store;

    public RecordingControlsTests() => _store = new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", _data.Path));

    public void Dispose() => _data.Dispose();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Hide_TakesTheRecordingFromStudentsAndParentsEverywhere_UntilShownAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        var recording = s.School.ClassRecording;

        var hidden = await s.Controls().ApplyAsync(s.School.Teacher, recording.Id, 0, RecordingControl.Hide, CancellationToken.None);
        var whileHidden = await SeenAsync(s);
        var shown = await s.Controls().ApplyAsync(s.School.Teacher, recording.Id, 1, RecordingControl.Show, CancellationToken.None);
        var afterShown = await SeenAsync(s);

        Assert.Equal(ControlOutcome.Done, hidden.Outcome);
        Assert.Equal((false, 0, false, 0, true, 1, true), whileHidden);
        Assert.Equal(ControlOutcome.Done, shown.Outcome);
        Assert.Equal((true, 1, true, 1, true, 1, true), afterShown);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Controls_OnlyThoseWhoManageTheSession_AndLegalHoldOnlyReviewers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        var school = s.School;
        long id = school.ClassRecording.Id;

        async Task<ControlOutcome> TryAsync(Viewer viewer, RecordingControl control) =>
            (await s.Controls().ApplyAsync(viewer, id, school.ClassRecording.ControlVersion, control, "case 2026-14", CancellationToken.None)).Outcome;

        foreach (var outsider in new[] { school.Student, school.OtherStudent, school.Parent, school.BiologyStudent, school.Substitute, school.OtherSchoolReviewer })
        {
            Assert.Equal(ControlOutcome.NotAllowed, await TryAsync(outsider, RecordingControl.Hide));
            Assert.Equal(ControlOutcome.NotAllowed, await TryAsync(outsider, RecordingControl.Delete));
        }

        Assert.Equal(ControlOutcome.NotAllowed, await TryAsync(school.Teacher, RecordingControl.Hold));
        Assert.Equal(ControlOutcome.Done, await TryAsync(school.Teacher, RecordingControl.Keep));
        Assert.Equal(ControlOutcome.Done, await TryAsync(school.Reviewer, RecordingControl.Hold));
        Assert.Equal(ControlOutcome.Done, await TryAsync(school.Reviewer, RecordingControl.Hide));
        await using var fresh = database.CreateContext();
        var stored = await fresh.Recordings.SingleAsync(r => r.Id == id);
        Assert.Equal((true, "case 2026-14", true, 3), (stored.Keep, stored.LegalHold, stored.HiddenFromStudents, stored.ControlVersion));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task StaleForm_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        long id = s.School.ClassRecording.Id;
        await s.Controls().ApplyAsync(s.School.Teacher, id, 0, RecordingControl.Keep, CancellationToken.None);

        var hide = await s.Controls().ApplyAsync(s.School.Reviewer, id, 0, RecordingControl.Hide, CancellationToken.None);
        var delete = await s.Controls().ApplyAsync(s.School.Reviewer, id, 0, RecordingControl.Delete, CancellationToken.None);

        Assert.Equal((ControlOutcome.Stale, ControlOutcome.Stale), (hide.Outcome, delete.Outcome));
        Assert.Contains("nothing was changed", hide.Message, StringComparison.Ordinal);
        await using var fresh = database.CreateContext();
        var stored = await fresh.Recordings.SingleAsync(r => r.Id == id);
        Assert.Equal((false, RecordingStatus.Ready, 1), (stored.HiddenFromStudents, stored.Status, stored.ControlVersion));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Delete_IsBlockedByKeepAndLegalHold_WithWhatToDo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        var recording = s.School.ClassRecording;
        await s.Controls().ApplyAsync(s.School.Teacher, recording.Id, 0, RecordingControl.Keep, CancellationToken.None);

        var kept = await s.Controls().ApplyAsync(s.School.Teacher, recording.Id, 1, RecordingControl.Delete, CancellationToken.None);
        await s.Controls().ApplyAsync(s.School.Reviewer, recording.Id, 1, RecordingControl.Hold, "subpoena 77", CancellationToken.None);
        await s.Controls().ApplyAsync(s.School.Teacher, recording.Id, 2, RecordingControl.Unkeep, CancellationToken.None);
        var held = await s.Controls().ApplyAsync(s.School.Teacher, recording.Id, 3, RecordingControl.Delete, CancellationToken.None);
        var noReason = await s.Controls().ApplyAsync(s.School.Reviewer, recording.Id, 3, RecordingControl.Hold, "  ", CancellationToken.None);

        Assert.Equal(ControlOutcome.Refused, kept.Outcome);
        Assert.Contains("marked to keep", kept.Message, StringComparison.Ordinal);
        Assert.Contains("Clear \"Keep\" first", kept.Message, StringComparison.Ordinal);
        Assert.Equal(ControlOutcome.Refused, held.Outcome);
        Assert.Contains("legal hold (subpoena 77)", held.Message, StringComparison.Ordinal);
        Assert.Equal(ControlOutcome.Refused, noReason.Outcome);
        Assert.Equal(s.ClassKeys.Order(), (await s.StoredKeysAsync(recording)).Order());
        await using var fresh = database.CreateContext();
        Assert.Equal(RecordingStatus.Ready, (await fresh.Recordings.SingleAsync(r => r.Id == recording.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Delete_RemovesFilesTranscriptAndRecap_AndKeepsATombstoneSayingWhoAndWhen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        var recording = s.School.ClassRecording;
        var files = s.ClassKeys.Select(k => _store.TryGetLocalPath(k)!).ToList();
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        s.Clock.Advance(TimeSpan.FromDays(3));

        var deleted = await s.Controls().ApplyAsync(s.School.Teacher, recording.Id, 0, RecordingControl.Delete, CancellationToken.None);

        Assert.Equal(ControlOutcome.Done, deleted.Outcome);
        Assert.All(files, f => Assert.False(File.Exists(f), f));
        Assert.Empty(await s.StoredKeysAsync(recording));
        Assert.Equal(4, (await s.StoredKeysAsync(s.School.TutoringRecording)).Count);
        await using var fresh = database.CreateContext();
        var tombstone = await fresh.Recordings.SingleAsync(r => r.Id == recording.Id);
        Assert.Equal((RecordingStatus.Deleted, s.School.Teacher.PersonId, RetentionScenario.Imported.AddDays(3)), (tombstone.Status, tombstone.DeletedById, tombstone.DeletedAt));
        Assert.Empty(tombstone.StoredKeys());
        Assert.False(await fresh.Transcripts.AnyAsync(t => t.RecordingId == recording.Id));
        Assert.False(await fresh.TranscriptLines.AnyAsync());
        Assert.False(await fresh.Recaps.AnyAsync(r => r.RecordingId == recording.Id));
        Assert.False(await new AccessPolicy(fresh).VisibleRecordings(s.School.Student).AnyAsync(r => r.Id == recording.Id));
        Assert.True(await new AccessPolicy(fresh).VisibleRecordings(s.School.Teacher).AnyAsync(r => r.Id == recording.Id));
        var again = await s.Controls().ApplyAsync(s.School.Teacher, recording.Id, tombstone.ControlVersion, RecordingControl.Show, CancellationToken.None);
        Assert.Equal(ControlOutcome.Refused, again.Outcome);
    }

    /// <summary>What student, parent and teacher see of the class recording: listed, search hits (student), listed, hits (parent), listed, hits (teacher), tutoring still listed for the student.</summary>
    private static async Task<(bool, int, bool, int, bool, int, bool)> SeenAsync(RetentionScenario s)
    {
        var access = new AccessPolicy(s.Db);
        var search = new TranscriptSearch(s.Db, access);
        long id = s.School.ClassRecording.Id;
        async Task<int> HitsAsync(Viewer viewer) => (await search.SearchAsync(viewer, SearchScope.Everywhere, SearchQuery.Parse("slope"), 10, CancellationToken.None)).TotalMoments;
        return (
            await access.VisibleRecordings(s.School.Student).AnyAsync(r => r.Id == id), await HitsAsync(s.School.Student),
            await access.VisibleRecordings(s.School.Parent).AnyAsync(r => r.Id == id), await HitsAsync(s.School.Parent),
            await access.VisibleRecordings(s.School.Teacher).AnyAsync(r => r.Id == id), await HitsAsync(s.School.Teacher),
            await access.VisibleRecordings(s.School.Student).AnyAsync(r => r.Id == s.School.TutoringRecording.Id));
    }
}
