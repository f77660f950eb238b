using Addin.Sdk.Recordings;
using Addin.Testing;

namespace Addin.Plugins.Folder.Tests;

public sealed class UploadTests : IDisposable
{
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task AcceptUpload_WithTranscriptAndTitle_KeepsThemBesideTheMedia()
    {
        var upload = Upload("Week 3.mp4", "the recording") with
        {
            Transcript = new TranscriptFile { Format = "vtt", Content = "WEBVTT\n", Origin = "Week 3.vtt" },
            Title = "Fractions, week 3",
        };

        var accepted = await _inbox.Source.AcceptUploadAsync(upload, CancellationToken.None);

        Assert.Equal(["Week 3.json", "Week 3.mp4", "Week 3.vtt"], _inbox.Contents());
        Assert.Equal(("Week 3.mp4", "Fractions, week 3", true, 13L), (accepted.FileName, accepted.Title, accepted.HasTranscript, accepted.Length));
        Assert.Equal("WEBVTT\n", (await _inbox.Source.OpenTranscriptAsync(accepted, CancellationToken.None))!.Content);
    }

    [Fact]
    public async Task AcceptUpload_Accepted_IsWhatDiscoveryFindsOnceSettled()
    {
        var accepted = await _inbox.Source.AcceptUploadAsync(Upload("lecture.mp4", "bytes") with { Title = "Lecture" }, CancellationToken.None);

        _inbox.Time.Advance(TimeSpan.FromMinutes(1));
        var found = Assert.Single(await _inbox.DiscoverAsync());

        Assert.Equal((accepted.ExternalId, accepted.Title), (found.ExternalId, found.Title));
    }

    [Theory]
    [InlineData("../../etc/passwd.mp4", "passwd.mp4")]
    [InlineData("a/b\\c.mp4", "c.mp4")]
    [InlineData("C:\\Users\\ada\\Videos\\Lecture.MP4", "Lecture.mp4")]
    [InlineData("say \"hi\" 'now'.mp4", "say _hi_ _now.mp4")]
    [InlineData(".hidden.mp4", "hidden.mp4")]
    [InlineData("..mp4", "recording.mp4")]
    [InlineData("<script>.webm", "script.webm")]
    [InlineData("Vorlesung Übung 1.mp4", "Vorlesung Übung 1.mp4")]
    [InlineData("lecture", "lecture")]
    public async Task AcceptUpload_BrowserFileName_BecomesASafeNameInTheCourseFolder(string browserName, string stored)
    {
        var accepted = await _inbox.Source.AcceptUploadAsync(Upload(browserName), CancellationToken.None);

        Assert.Equal(stored, accepted.FileName);
        Assert.Equal([stored], _inbox.Contents());
    }

    [Fact]
    public async Task AcceptUpload_NameTaken_AddsACounter()
    {
        _inbox.Drop("lecture.mp4", "already here");

        var accepted = await _inbox.Source.AcceptUploadAsync(Upload("lecture.mp4", "new"), CancellationToken.None);

        Assert.Equal("lecture (1).mp4", accepted.FileName);
        Assert.Equal("already here", File.ReadAllText(Path.Combine(_inbox.CourseFolder, "lecture.mp4")));
    }

    [Fact]
    public async Task AcceptUpload_Cancelled_KeepsNothing()
    {
        using var cancel = new CancellationTokenSource();
        var media = new GeneratedStream(4_000_000, pauseAfter: 1_000_000);

        var upload = _inbox.Source.AcceptUploadAsync(Upload("lecture.mp4") with { Media = media }, cancel.Token);
        await media.Paused;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
        Assert.Empty(_inbox.Contents());
    }

    [Fact]
    public async Task AcceptUpload_DiscoveryWhileWriting_NeverSeesThePartialFile()
    {
        var media = new GeneratedStream(4_000_000, pauseAfter: 1_000_000);
        _inbox.Time.Advance(TimeSpan.FromDays(1));

        var upload = _inbox.Source.AcceptUploadAsync(Upload("lecture.mp4") with { Media = media }, CancellationToken.None);
        await media.Paused;
        var duringUpload = await _inbox.DiscoverAsync();
        var filesDuringUpload = _inbox.Contents();
        media.Release();
        var accepted = await upload;

        Assert.Empty(duringUpload);
        Assert.StartsWith(".upload-", Assert.Single(filesDuringUpload), StringComparison.Ordinal);
        Assert.Equal(4_000_000, accepted.Length);
        Assert.Equal(["lecture.mp4"], _inbox.Contents());
    }

    [Theory]
    [InlineData("notes.json")]
    [InlineData("captions.vtt")]
    public async Task AcceptUpload_CompanionFile_IsRefused(string browserName)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _inbox.Source.AcceptUploadAsync(Upload(browserName), CancellationToken.None));
    }

    [Fact]
    public async Task AcceptUpload_TranscriptInAnotherFormat_IsRefusedBeforeWriting()
    {
        var upload = Upload("lecture.mp4") with { Transcript = new TranscriptFile { Format = "docx", Content = "", Origin = "notes.docx" } };

        await Assert.ThrowsAsync<ArgumentException>(() => _inbox.Source.AcceptUploadAsync(upload, CancellationToken.None));
        Assert.False(Directory.Exists(_inbox.CourseFolder) && _inbox.Contents().Count > 0);
    }

    [Fact]
    public async Task AcceptUpload_CourseKeyThatClimbs_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _inbox.Source.AcceptUploadAsync(Upload("lecture.mp4") with { CourseKey = ".." }, CancellationToken.None));
    }

    private static RecordingUpload Upload(string fileName, string content = "media") => new()
    {
        CourseKey = TestInbox.Course,
        FileName = fileName,
        ContentType = "video/mp4",
        Media = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)),
    };
}
