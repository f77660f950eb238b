using Addin.Sdk.Recordings;

namespace Addin.Plugins.Folder.Tests;

public sealed class DiscoveryTests : IDisposable
{
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task Discover_SettledFile_IsFoundWithItsDetails()
    {
        string path = _inbox.Drop("lecture.mp4", "twelve bytes");

        var recording = Assert.Single(await _inbox.DiscoverAsync());

        var written = File.GetLastWriteTimeUtc(path);
        Assert.Equal($"math-101/lecture.mp4|12|{written.Ticks}", recording.ExternalId);
        Assert.Equal((TestInbox.Course, "lecture", "lecture.mp4", "video/mp4", 12L, false), (recording.CourseKey, recording.Title, recording.FileName, recording.ContentType, recording.Length, recording.HasTranscript));
        Assert.Empty(recording.Participants);
    }

    [Fact]
    public async Task Discover_FileChangedWithinTheSettleTime_IsFoundOnlyOnceSettled()
    {
        _inbox.Drop("lecture.mp4", age: TimeSpan.FromSeconds(1));

        var whileCopying = await _inbox.DiscoverAsync();
        _inbox.Time.Advance(TimeSpan.FromSeconds(1));
        var settled = await _inbox.DiscoverAsync();

        Assert.Empty(whileCopying);
        Assert.Single(settled);
    }

    [Fact]
    public async Task Discover_TranscriptStillBeingWritten_HoldsTheRecordingBack()
    {
        _inbox.Drop("lecture.mp4");
        _inbox.Drop("lecture.vtt", "WEBVTT\n", age: TimeSpan.Zero);

        Assert.Empty(await _inbox.DiscoverAsync());
    }

    [Theory]
    [InlineData("lecture.vtt", "vtt")]
    [InlineData("lecture.srt", "srt")]
    [InlineData("lecture.VTT", "vtt")]
    public async Task Discover_TranscriptBesideTheMedia_IsPairedAndOpens(string transcriptName, string format)
    {
        _inbox.Drop("lecture.mp4");
        _inbox.Drop(transcriptName, "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n");

        var recording = Assert.Single(await _inbox.DiscoverAsync());
        var transcript = await _inbox.Source.OpenTranscriptAsync(recording, CancellationToken.None);

        Assert.True(recording.HasTranscript);
        Assert.Equal((format, $"math-101/{transcriptName}", "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n"), (transcript!.Format, transcript.Origin, transcript.Content));
    }

    [Fact]
    public async Task OpenTranscript_NoTranscript_ReturnsNull()
    {
        _inbox.Drop("lecture.mp4");

        Assert.Null(await _inbox.Source.OpenTranscriptAsync(Assert.Single(await _inbox.DiscoverAsync()), CancellationToken.None));
    }

    [Fact]
    public async Task Discover_Sidecar_GivesTitleTimesAndParticipants()
    {
        _inbox.Drop("lecture.mp4");
        _inbox.Drop("lecture.json", """
            { "title": "Fractions, week 3", "startedAt": "2025-03-14T09:00:00Z", "endedAt": "2025-03-14T09:45:00Z",
              "participants": [{ "lmsUserId": "u-1", "email": "ada@example.org", "displayName": "Ada" }] }
            """);

        var recording = Assert.Single(await _inbox.DiscoverAsync());

        Assert.Equal("Fractions, week 3", recording.Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero), recording.StartedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 45, 0, TimeSpan.Zero), recording.EndedAt);
        Assert.Equal(new ParticipantReference { LmsUserId = "u-1", Email = "ada@example.org", DisplayName = "Ada" }, Assert.Single(recording.Participants));
        Assert.Empty(recording.Problems);
    }

    [Fact]
    public async Task Discover_MalformedSidecar_StillFindsTheRecordingAndReportsWhy()
    {
        _inbox.Drop("lecture.mp4");
        _inbox.Drop("lecture.json", "{\n  \"title\": \"Fractions\"\n  \"startedAt\": \"2025-03-14T09:00:00Z\"\n}");

        var recording = Assert.Single(await _inbox.DiscoverAsync());

        Assert.Equal("lecture", recording.Title);
        Assert.StartsWith("lecture.json line 3: it is not valid JSON; without it, who may see the session is unknown.",
            Assert.Single(recording.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_SidecarWithAnUnreadableDate_NamesTheField()
    {
        _inbox.Drop("lecture.mp4");
        _inbox.Drop("lecture.json", """{ "title": "Fractions", "startedAt": "last Tuesday" }""");

        var recording = Assert.Single(await _inbox.DiscoverAsync());

        Assert.StartsWith("lecture.json line 1: the value of 'startedAt' cannot be read (dates look like 2025-03-14T09:00:00Z)",
            Assert.Single(recording.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_HiddenFilesSubfoldersAndLoneCompanions_AreIgnored()
    {
        _inbox.Drop(".upload-0123.tmp");
        _inbox.Drop(".DS_Store");
        _inbox.Drop(".imported/old.mp4");
        _inbox.Drop("archive/older.mp4");
        _inbox.Drop("notes.vtt", "WEBVTT\n");
        _inbox.Drop("notes.json", "{}");

        Assert.Empty(await _inbox.DiscoverAsync());
    }

    [Fact]
    public async Task Discover_ExtensionNotListed_IsReportedAsUnsupported()
    {
        _inbox.Drop("slides.pdf");
        _inbox.Drop("lecture.MP4");

        var recordings = await _inbox.DiscoverAsync();

        Assert.Equal([("lecture.MP4", false), ("slides.pdf", true)], recordings.Select(r => (r.FileName, r.Properties.ContainsKey(FolderRecordingSource.UnsupportedExtensionProperty))));
        Assert.Equal(".pdf", recordings[1].Properties[FolderRecordingSource.UnsupportedExtensionProperty]);
    }

    [Fact]
    public async Task Discover_MissingCourseFolder_IsCreated()
    {
        Assert.Empty(await _inbox.DiscoverAsync());
        Assert.True(Directory.Exists(_inbox.CourseFolder));
    }

    [Fact]
    public async Task Discover_CourseKeyThatIsNoFolderName_IsSkipped()
    {
        var scope = new SourceScope { PlatformKey = "test", Courses = [new CourseBinding { CourseKey = "../escape", Title = "Bad" }] };

        var page = await _inbox.Source.DiscoverAsync(scope, null, CancellationToken.None);

        Assert.Empty(page.Recordings);
        Assert.False(Directory.Exists(Path.Combine(_inbox.CourseFolder, "..", "..", "escape")));
    }

    [Fact]
    public async Task Discover_FileReplacedUnderTheSameName_IsANewRecording()
    {
        string path = _inbox.Drop("lecture.mp4", "first take");
        string first = Assert.Single(await _inbox.DiscoverAsync()).ExternalId;
        File.WriteAllText(path, "second, longer take");
        File.SetLastWriteTimeUtc(path, _inbox.Time.GetUtcNow().UtcDateTime.AddSeconds(-30));

        string second = Assert.Single(await _inbox.DiscoverAsync()).ExternalId;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Discover_AnyCall_ReturnsNoCursor()
    {
        var page = await _inbox.Source.DiscoverAsync(TestInbox.Scope, null, CancellationToken.None);

        Assert.Equal((null, false), (page.NextCursor, page.HasMore));
    }
}
