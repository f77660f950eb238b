using Addin.Sdk.Recordings;

namespace Addin.Plugins.Folder.Tests;

public sealed class ImportTests : IDisposable
{
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task OpenMedia_FoundFile_StreamsItsBytes()
    {
        _inbox.Drop("lecture.webm", "the whole recording");
        var recording = Assert.Single(await _inbox.DiscoverAsync());

        await using var media = await _inbox.Source.OpenMediaAsync(recording, CancellationToken.None);
        using var reader = new StreamReader(media.Content);

        Assert.Equal(("lecture.webm", "video/webm", 19L), (media.FileName, media.ContentType, media.Length));
        Assert.Equal("the whole recording", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task OpenMedia_FileReplacedSinceFound_RefusesIt()
    {
        string path = _inbox.Drop("lecture.mp4", "first take");
        var recording = Assert.Single(await _inbox.DiscoverAsync());
        File.WriteAllText(path, "second take, longer");

        await Assert.ThrowsAsync<IOException>(() => _inbox.Source.OpenMediaAsync(recording, CancellationToken.None));
    }

    [Fact]
    public async Task OpenMedia_FileGone_ThrowsFileNotFound()
    {
        string path = _inbox.Drop("lecture.mp4");
        var recording = Assert.Single(await _inbox.DiscoverAsync());
        File.Delete(path);

        await Assert.ThrowsAsync<FileNotFoundException>(() => _inbox.Source.OpenMediaAsync(recording, CancellationToken.None));
    }

    [Fact]
    public async Task OpenMedia_ReferenceNamingAnotherPath_IsRefused()
    {
        _inbox.Drop("lecture.mp4");
        var recording = Assert.Single(await _inbox.DiscoverAsync()) with { FileName = "../../secret.mp4" };

        await Assert.ThrowsAsync<ArgumentException>(() => _inbox.Source.OpenMediaAsync(recording, CancellationToken.None));
    }

    [Theory]
    [InlineData(ImportOutcome.Imported, ".imported")]
    [InlineData(ImportOutcome.Duplicate, ".duplicates")]
    [InlineData(ImportOutcome.Rejected, ".rejected")]
    public async Task Complete_EachOutcome_MovesTheMediaAndItsCompanionsIntoItsFolder(ImportOutcome outcome, string folder)
    {
        _inbox.Drop("lecture.mp4");
        _inbox.Drop("lecture.vtt", "WEBVTT\n");
        _inbox.Drop("lecture.json", "{}");
        _inbox.Drop("other.mp4");
        var recording = (await _inbox.DiscoverAsync()).Single(r => r.FileName == "lecture.mp4");

        await _inbox.Source.CompleteAsync(recording, outcome, null, CancellationToken.None);

        Assert.Equal([folder, $"{folder}/lecture.json", $"{folder}/lecture.mp4", $"{folder}/lecture.vtt", "other.mp4"], _inbox.Contents());
    }

    [Fact]
    public async Task Complete_NameTakenInTheOutcomeFolder_AddsACounterAndOverwritesNothing()
    {
        _inbox.Drop(".imported/lecture.mp4", "imported last week");
        _inbox.Drop(".imported/lecture (1).vtt", "WEBVTT\n\nlast week's second");
        _inbox.Drop("lecture.mp4", "this week");
        _inbox.Drop("lecture.vtt", "WEBVTT\n\nthis week");
        var recording = Assert.Single(await _inbox.DiscoverAsync());

        await _inbox.Source.CompleteAsync(recording, ImportOutcome.Imported, null, CancellationToken.None);

        Assert.Equal([".imported", ".imported/lecture (1).vtt", ".imported/lecture (2).mp4", ".imported/lecture (2).vtt", ".imported/lecture.mp4"], _inbox.Contents());
        Assert.Equal("imported last week", File.ReadAllText(Path.Combine(_inbox.CourseFolder, ".imported", "lecture.mp4")));
        Assert.Equal("this week", File.ReadAllText(Path.Combine(_inbox.CourseFolder, ".imported", "lecture (2).mp4")));
    }

    [Fact]
    public async Task Complete_CalledTwice_IsHarmless()
    {
        _inbox.Drop("lecture.mp4");
        var recording = Assert.Single(await _inbox.DiscoverAsync());

        await _inbox.Source.CompleteAsync(recording, ImportOutcome.Imported, null, CancellationToken.None);
        await _inbox.Source.CompleteAsync(recording, ImportOutcome.Imported, null, CancellationToken.None);

        Assert.Equal([".imported", ".imported/lecture.mp4"], _inbox.Contents());
    }

    [Fact]
    public async Task Complete_FileReplacedSinceFound_LeavesTheNewFileToBeFound()
    {
        string path = _inbox.Drop("lecture.mp4", "first take");
        var recording = Assert.Single(await _inbox.DiscoverAsync());
        File.WriteAllText(path, "second take, longer");
        File.SetLastWriteTimeUtc(path, _inbox.Time.GetUtcNow().UtcDateTime.AddSeconds(-30));

        await _inbox.Source.CompleteAsync(recording, ImportOutcome.Imported, null, CancellationToken.None);

        Assert.Equal(["lecture.mp4"], _inbox.Contents());
        Assert.NotEqual(recording.ExternalId, Assert.Single(await _inbox.DiscoverAsync()).ExternalId);
    }
}
