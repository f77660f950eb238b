using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Addin.Core.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Bad input, uploaded or dropped into the watched folder, ends failed with a message that says what is wrong, on the
/// recording's page and in its processing log; the file is set aside in <c>.rejected/</c> with the reason; and what
/// was imported before is untouched.
/// </summary>
public sealed class BadInputTests(BadInputTests.Fixture fixture) : IClassFixture<BadInputTests.Fixture>
{
    public static TheoryData<string> UploadCases => ["random bytes", "truncated", "zero bytes", "text", "text/plain"];

    public static TheoryData<string> FolderCases => [".txt", ".exe", "random bytes"];

    [Theory]
    [MemberData(nameof(UploadCases))]
    public async Task BadUpload_Fails_WithAClearMessage_SetsTheFileAside_AndLeavesEarlierRecordingsPlaying(string kind)
    {
        var app = await fixture.GetAsync();
        var baseline = await fixture.BaselineAsync();
        var (form, stage, words) = await UploadCaseAsync(app, kind);

        var uploaded = await app.UploadAsync(form);
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);

        await AssertFailedAsync(app, uploaded.RecordingId, status, Path.GetFileName(form.MediaPath), stage, words);
        await AssertStillPlaysAsync(app, baseline);
    }

    [Theory]
    [MemberData(nameof(FolderCases))]
    public async Task BadFolderDrop_IsRejected_WithAClearMessage_AndTheReasonBesideTheFile(string kind)
    {
        var app = await fixture.GetAsync();
        var baseline = await fixture.BaselineAsync();
        var (fileName, content, stage, words) = kind switch
        {
            ".txt" => ("meeting-notes.txt", Encoding.UTF8.GetBytes("Notes from Tuesday."), PipelineStage.Ingest, new[] { "'.txt' files are not accepted", "MP4 or WebM" }),
            ".exe" => ("setup.exe", RandomBytes(4096), PipelineStage.Ingest, ["'.exe' files are not accepted", "MP4 or WebM"]),
            _ => ("scrambled.mp4", RandomBytes(64 * 1024), PipelineStage.Probe, ["'scrambled.mp4'", "not a video or audio file"]),
        };

        string dropped = app.Drop(await app.Clips.FileAsync(fileName, content), fileName);
        long id = await app.WaitForImportAsync(fileName);
        var status = await app.WaitUntilDoneAsync(id);

        await AssertFailedAsync(app, id, status, fileName, stage, words);
        Assert.False(File.Exists(dropped));
        await AssertStillPlaysAsync(app, baseline);
    }

    [Fact]
    public async Task TenGigabyteFileInTheFolder_FailsAtIngest_NamingTheLimit_WithoutReadingIt()
    {
        var app = await fixture.GetAsync();
        string partial = Path.Combine(app.Inbox, ".copying-huge");
        Directory.CreateDirectory(app.Inbox);
        await using (var sparse = new FileStream(partial, FileMode.CreateNew))
        {
            sparse.SetLength(10L << 30);
        }

        File.Move(partial, Path.Combine(app.Inbox, "huge.mp4"));
        long id = await app.WaitForImportAsync("huge.mp4", TimeSpan.FromSeconds(20));
        var status = await WaitFor.ValueAsync(
            ct => app.StatusAsync(id, ct), s => s.Status is "Failed" or "Ready" or "Duplicate", "the 10 GB file to be refused", TimeSpan.FromSeconds(20));

        await AssertFailedAsync(app, id, status, "huge.mp4", PipelineStage.Ingest,
            ["'huge.mp4' is 10 GB", "the largest recording Addin accepts is 8 GB", "Addin:Pipeline:MaxRecordingBytes"]);
        var recording = await app.RecordingAsync(id);
        Assert.Equal((null, null), (recording.Sha256, recording.MediaKey));
    }

    [Fact]
    public async Task SameBadFileUploadedAgain_FailsAgainWithItsOwnReason_NotAsADuplicateOfTheFailedOne()
    {
        var app = await fixture.GetAsync();
        string noise = await app.Clips.FileAsync("static.mp4", RandomBytes(32 * 1024));
        string[] words = ["'static.mp4'", "not a video or audio file"];

        var first = await app.UploadAsync(new UploadForm { MediaPath = noise });
        await AssertFailedAsync(app, first.RecordingId, await app.WaitUntilDoneAsync(first.RecordingId), "static.mp4", PipelineStage.Probe, words);
        var again = await app.UploadAsync(new UploadForm { MediaPath = noise });
        var status = await app.WaitUntilDoneAsync(again.RecordingId);

        Assert.Equal(("Failed", "Probe"), (status.Status, status.Stage));
        Assert.All(words, w => Assert.Contains(w, status.Error, StringComparison.Ordinal));
        Assert.Null((await app.RecordingAsync(again.RecordingId)).DuplicateOfId);
    }

    [Theory]
    [InlineData("captions.vtt", "'captions.vtt' is a .vtt file, which this source keeps beside a recording, not as one.")]
    [InlineData("metadata.json", "'metadata.json' is a .json file, which this source keeps beside a recording, not as one.")]
    public async Task UploadOfACompanionFileAsTheRecording_IsRefusedWithAClearProblem_AndNothingIsKept(string fileName, string detail)
    {
        var app = await fixture.GetAsync();
        string file = await app.Clips.FileAsync(fileName, Encoding.UTF8.GetBytes("WEBVTT\n"));
        int before = await app.QueryAsync(db => db.Recordings.CountAsync());

        using var response = await app.PostUploadAsync(new UploadForm { MediaPath = file, ContentType = "application/octet-stream" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("The recording could not be imported", detail), (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()));
        Assert.Equal(before, await app.QueryAsync(db => db.Recordings.CountAsync()));
        Assert.DoesNotContain(Directory.GetFiles(app.Inbox), f => Path.GetFileName(f).StartsWith(Path.GetFileNameWithoutExtension(fileName), StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadWithATranscriptOverTheLimit_IsRefusedWith413AndAClearProblem()
    {
        var app = await fixture.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "long-transcript.mp4");
        int before = await app.QueryAsync(db => db.Recordings.CountAsync());

        using var response = await app.PostUploadAsync(new UploadForm
        {
            MediaPath = media,
            TranscriptName = "long-transcript.vtt",
            TranscriptText = "WEBVTT\n\n" + new string('x', 11 * 1024 * 1024),
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The transcript is larger than 10 MB.", problem.GetProperty("title").GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.Recordings.CountAsync()));
    }

    private static async Task<(UploadForm Form, PipelineStage Stage, string[] Words)> UploadCaseAsync(PipelineApp app, string kind)
    {
        var clips = app.Clips;
        return kind switch
        {
            "random bytes" => (
                new UploadForm { MediaPath = await clips.FileAsync("noise.mp4", RandomBytes(64 * 1024)) },
                PipelineStage.Probe,
                ["'noise.mp4'", "not a video or audio file", "Upload an MP4 or WebM"]),
            "truncated" => (
                new UploadForm { MediaPath = await clips.TruncatedMp4Async("cut-short.mp4", 0.3) },
                PipelineStage.Probe,
                ["'cut-short.mp4'", "damaged or incomplete", "index, is missing", "Upload the complete recording again"]),
            "zero bytes" => (
                new UploadForm { MediaPath = await clips.FileAsync("empty.mp4", []) },
                PipelineStage.Store,
                ["'empty.mp4'", "is empty (0 bytes)"]),
            "text" => (
                new UploadForm { MediaPath = await clips.FileAsync("essay.mp4", Encoding.UTF8.GetBytes("This is an essay, not a video.\n")) },
                PipelineStage.Probe,
                ["'essay.mp4'", "not a video or audio file"]),
            _ => (
                new UploadForm { MediaPath = await clips.CopyAsync(clips.Mp4, "sent-as-text.mp4"), ContentType = "text/plain" },
                PipelineStage.Ingest,
                ["'sent-as-text.mp4'", "'text/plain'", "not audio or video", "Upload the recording file itself"]),
        };
    }

    /// <summary>Failed at the stage, the message on the page (error and log), in the status API, and beside the set-aside file.</summary>
    private static async Task AssertFailedAsync(PipelineApp app, long id, RecordingStatusView status, string fileName, PipelineStage stage, string[] words)
    {
        Assert.Equal(("Failed", stage.ToString()), (status.Status, status.Stage));
        Assert.All(words, w => Assert.Contains(w, status.Error, StringComparison.Ordinal));

        var page = await app.PageAsync(id);
        Assert.Equal(status.Error, page.Error);
        Assert.Null(page.MediaUrl);
        Assert.Contains(status.Error, page.Events);
        var recording = await app.RecordingAsync(id);
        Assert.Equal(status.Error, recording.Events.Single(e => e.Severity == EventSeverity.Error).Message);

        string setAside = app.Outcome(".rejected", fileName);
        string reason = app.Outcome(".rejected", Path.GetFileNameWithoutExtension(fileName) + ".reason.txt");
        await WaitFor.UntilAsync(() => File.Exists(reason), $"{reason} to be written");
        Assert.True(File.Exists(setAside), $"{setAside} is missing");
        Assert.Equal(status.Error, (await File.ReadAllTextAsync(reason)).Trim());
    }

    private static async Task AssertStillPlaysAsync(PipelineApp app, (long Id, string Path) baseline)
    {
        Assert.Equal(new RecordingStatusView(baseline.Id, "Ready", "Ready", 100, null), await app.StatusAsync(baseline.Id));
        var page = await app.PageAsync(baseline.Id);
        Assert.NotNull(page.MediaUrl);
        await PlayerAssert.ServesMediaAsync(app.Http, page.MediaUrl!, await app.PlayerBytesAsync(baseline.Id), "video/mp4");
    }

    // Different every time: the same bytes twice would be a duplicate, not bad input.
    private static byte[] RandomBytes(int count) => RandomNumberGenerator.GetBytes(count);

    /// <summary>The app, with one good recording imported before any bad input arrives.</summary>
    public sealed class Fixture : PipelineAppFixture
    {
        private readonly Lazy<Task<(long, string)>> baseline;

        public Fixture() => baseline = new(UploadBaselineAsync);

        public Task<(long Id, string Path)> BaselineAsync() => baseline.Value;

        private async Task<(long, string)> UploadBaselineAsync()
        {
            var app = await GetAsync();
            string media = await app.Clips.CopyAsync(app.Clips.Mp4, "baseline.mp4");
            var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, Title = "Before the bad input" });
            Assert.Equal("Ready", (await app.WaitUntilDoneAsync(uploaded.RecordingId)).Status);
            Assert.Equal(1, await app.QueryAsync(db => db.Recordings.CountAsync(r => r.Title == "Before the bad input")));

            // The form's empty transcript field (what a browser sends when none is chosen) is no transcript.
            Assert.Contains((await app.RecordingAsync(uploaded.RecordingId)).Events, e => e.Message.StartsWith("No transcript: no transcript came with the recording", StringComparison.Ordinal));
            return (uploaded.RecordingId, media);
        }
    }
}
