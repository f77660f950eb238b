using Addin.Core.Access;
using Addin.Core.Persistence;
using Addin.Core.Playback;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Playback;

/// <summary>Playback batches stored on both databases: events as sent, watched parts merged and clamped, access enforced.</summary>
public sealed class PlaybackRecorderTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Batches_StoreEvents_AndMergeWatchedPartsClampedToTheDuration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await SetDurationAsync(db, school.ClassRecording.Id, 120_000);

        var first = await RecordAsync(db, school.Student, school.ClassRecording.Id, new PlaybackBatch(
            [
                new PlaybackEventInput(PlaybackEventKind.Play, 0),
                new PlaybackEventInput(PlaybackEventKind.Seek, 20, From: 20, To: 60),
                new PlaybackEventInput(PlaybackEventKind.Speed, 61, Speed: 1.5),
                new PlaybackEventInput(PlaybackEventKind.Captions, 62, CaptionsOn: false),
            ],
            [new TimeRange(0, 20), new TimeRange(60, 70)],
            70));
        string afterFirst = first.Progress!.Watched.Format();
        time.Advance(TimeSpan.FromSeconds(15));
        var second = await RecordAsync(db, school.Student, school.ClassRecording.Id, new PlaybackBatch(
            [new PlaybackEventInput(PlaybackEventKind.Pause, 120.5)], [new TimeRange(10, 30), new TimeRange(69.8, 120.9)], 120.5));

        Assert.Equal("0-20;60-70", afterFirst);
        Assert.Equal("0-30;60-120", second.Progress!.Watched.Format());

        await using var fresh = database.CreateContext();
        var progress = await fresh.PlaybackProgress.SingleAsync();
        Assert.Equal((school.Student.PersonId, school.ClassRecording.Id), (progress.PersonId, progress.RecordingId));
        Assert.Equal("0-30;60-120", progress.Watched.Format());
        Assert.Equal(90, progress.WatchedSeconds, 3);
        Assert.Equal(120, progress.LastPosition, 3);
        Assert.Equal(time.GetUtcNow(), progress.UpdatedAt);

        var events = await fresh.PlaybackEvents.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [PlaybackEventKind.Play, PlaybackEventKind.Seek, PlaybackEventKind.Speed, PlaybackEventKind.Captions, PlaybackEventKind.Pause],
            events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal((school.Student.PersonId, school.ClassRecording.Id), (e.PersonId, e.RecordingId)));
        Assert.Equal((20d, 60d), (events[1].From!.Value, events[1].To!.Value));
        Assert.Equal(1.5, events[2].Speed);
        Assert.False(events[3].CaptionsOn);
        Assert.Null(events[0].Speed);

        var preference = await fresh.PlayerPreferences.SingleAsync();
        Assert.Equal((school.Student.PersonId, 1.5, false), (preference.PersonId, preference.Speed, preference.CaptionsOn));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CaptionLanguageChoice_IsRemembered_AndAToggleWithoutALanguageKeepsIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await SetDurationAsync(db, school.ClassRecording.Id, 120_000);

        await RecordAsync(db, school.Student, school.ClassRecording.Id, new PlaybackBatch(
            [new PlaybackEventInput(PlaybackEventKind.Captions, 3, CaptionsOn: true, Language: "es")], [], 3));
        await RecordAsync(db, school.Student, school.ClassRecording.Id, new PlaybackBatch(
            [new PlaybackEventInput(PlaybackEventKind.Captions, 4, CaptionsOn: false)], [], 4));

        await using var fresh = database.CreateContext();
        var preference = await fresh.PlayerPreferences.SingleAsync();
        Assert.Equal((false, "es"), (preference.CaptionsOn, preference.CaptionLanguage));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RecordingTheyCannotSee_IsNotFound_AndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var batch = new PlaybackBatch([new PlaybackEventInput(PlaybackEventKind.Play, 0)], [new TimeRange(0, 5)], 5);

        var tutoring = await RecordAsync(db, school.OtherStudent, school.TutoringRecording.Id, batch);
        var otherSchool = await RecordAsync(db, school.Reviewer, school.OtherSchoolRecording.Id, batch);
        var processing = await RecordAsync(db, school.Student, school.ProcessingRecording.Id, batch);

        Assert.All([tutoring, otherSchool, processing], r => Assert.False(r.Found));
        Assert.False(await db.PlaybackEvents.AnyAsync());
        Assert.False(await db.PlaybackProgress.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task InvalidBatch_NamesEachProblem_AndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await SetDurationAsync(db, school.ClassRecording.Id, 60_000);

        var result = await RecordAsync(db, school.Student, school.ClassRecording.Id, new PlaybackBatch(
            [new PlaybackEventInput(PlaybackEventKind.Play, 0), new PlaybackEventInput(PlaybackEventKind.Speed, 3, Speed: 4)],
            [new TimeRange(10, 500)], 5));

        Assert.True(result.Found);
        Assert.Null(result.Progress);
        Assert.Equal(["events[1]: a speed change needs 'speed' between 0.5 and 2.", "watched[0].end: 500 is outside the recording (0 to 60 seconds)."], result.Problems);
        Assert.False(await db.PlaybackEvents.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task StudentsProgress_ListsTheStudentsTheRecordingIsFor_WithWhatEachWatched(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await SetDurationAsync(db, school.ClassRecording.Id, 100_000);
        await SetDurationAsync(db, school.TutoringRecording.Id, 100_000);
        await RecordAsync(db, school.Student, school.ClassRecording.Id, new PlaybackBatch([], [new TimeRange(0, 25)], 25));
        await RecordAsync(db, school.Student, school.TutoringRecording.Id, new PlaybackBatch([], [new TimeRange(0, 100)], 100));
        await RecordAsync(db, school.Teacher, school.ClassRecording.Id, new PlaybackBatch([], [new TimeRange(0, 100)], 100));

        var watching = new WatchProgress(db);
        var classWatch = await watching.OfStudentsAsync(school.ClassRecording.Id, CancellationToken.None);
        var tutoringWatch = await watching.OfStudentsAsync(school.TutoringRecording.Id, CancellationToken.None);

        Assert.Equal([("other-student", 0d), ("student", 0.25)], classWatch.Select(s => (s.Name, s.Share)));
        Assert.Equal([("student", 1d)], tutoringWatch.Select(s => (s.Name, s.Share)));
    }

    private Task<PlaybackRecordResult> RecordAsync(AddinDbContext db, Viewer viewer, long recordingId, PlaybackBatch batch) =>
        new PlaybackRecorder(db, new AccessPolicy(db), time).RecordAsync(viewer, recordingId, batch, CancellationToken.None);

    private static Task SetDurationAsync(AddinDbContext db, long recordingId, long durationMs) =>
        db.Recordings.Where(r => r.Id == recordingId).ExecuteUpdateAsync(s => s.SetProperty(r => r.DurationMs, durationMs));
}
