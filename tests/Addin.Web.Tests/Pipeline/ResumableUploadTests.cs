using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Addin.Core.Audit;
using Addin.Core.Pipeline;
using Addin.Core.Uploads;
using Addin.Data;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// The resumable upload (tus 1.0.0) over HTTP against the real host: pieces become one recording in the pipeline,
/// and each way a request can be wrong is answered with the protocol's status and a reason, changing nothing.
/// </summary>
public sealed class ResumableUploadTests(PipelineAppFixture apps) : IClassFixture<PipelineAppFixture>
{
    private const int Piece = 32 * 1024;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UploadSentInPieces_BecomesOneReadyRecording_WithTheSameBytes_AndLeavesNoPartialFile(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var tus = await TusAsync(app);
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "in-pieces.mp4");
        long length = new FileInfo(media).Length;
        int piece = (int)(length / 4) + 1; // four pieces, the last one shorter

        string url = await tus.StartOkAsync(length, "in-pieces.mp4", title: "Sent in pieces");
        using var last = await tus.SendFileAsync(url, media, piece);

        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        Assert.Equal(length.ToString(System.Globalization.CultureInfo.InvariantCulture), last.Headers.GetValues("Upload-Offset").Single());
        string page = last.Headers.GetValues("Addin-Recording-Url").Single();
        long recordingId = long.Parse(page.Split('/')[3].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        var status = await app.WaitUntilDoneAsync(recordingId);
        Assert.Equal("Ready", status.Status);
        var recording = await app.RecordingAsync(recordingId);
        Assert.Equal(("Sent in pieces", "in-pieces.mp4"), (recording.Title, recording.OriginalFileName));
        Assert.Equal(await File.ReadAllBytesAsync(media), await app.StoredBytesAsync(recordingId, r => r.MediaKey));
        string id = url.Split('/')[^1];
        Assert.False(await app.QueryAsync(db => db.ResumableUploads.AnyAsync(u => u.Id == id)));
        Assert.DoesNotContain(PartialFiles(app), f => f.Contains(id, StringComparison.Ordinal));
        using var gone = await tus.OffsetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Options_AnnounceTheVersionTheExtensionsAndTheLimit()
    {
        var app = await apps.GetAsync();
        var tus = await TusAsync(app);

        using var response = await app.Http.SendAsync(new HttpRequestMessage(HttpMethod.Options, tus.StartPath));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("1.0.0", response.Headers.GetValues("Tus-Version").Single());
        Assert.Equal("creation,termination,expiration", response.Headers.GetValues("Tus-Extension").Single());
        long max = app.App.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxRecordingBytes;
        Assert.Equal(max.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("Tus-Max-Size").Single());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task PieceAtTheWrongOffset_Is409_AndChangesNothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var tus = await TusAsync(app);
        string url = await tus.StartOkAsync(1000, "offset.mp4");
        (await tus.AppendAsync(url, 0, new byte[400])).Dispose();

        using var behind = await tus.AppendAsync(url, 0, new byte[100]);
        using var ahead = await tus.AppendAsync(url, 500, new byte[100]);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (behind.StatusCode, ahead.StatusCode));
        Assert.Contains("The upload has 400 bytes", await TitleAsync(ahead), StringComparison.Ordinal);
        Assert.Equal(400, await tus.OffsetOfAsync(url));
        Assert.Equal(400, new FileInfo(PartialFiles(app).Single(f => f.Contains(url.Split('/')[^1], StringComparison.Ordinal))).Length);
    }

    [Fact]
    public async Task RequestsWithoutTusResumable_Are412_NamingTheVersion()
    {
        var app = await apps.GetAsync();
        var tus = await TusAsync(app);
        string url = await tus.StartOkAsync(1000, "version.mp4");

        using var start = await tus.StartAsync(1000, TusClient.Metadata(("filename", "v.mp4")), tusVersion: null);
        using var oldVersion = await tus.StartAsync(1000, TusClient.Metadata(("filename", "v.mp4")), tusVersion: "0.2.2");
        var patch = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new ByteArrayContent(new byte[10]) };
        patch.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", (await app.LaunchAsync()).Token);
        patch.Headers.Add("Upload-Offset", "0");
        patch.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(TusClient.PieceType);
        using var append = await app.Http.SendAsync(patch);

        foreach (var response in new[] { start, oldVersion, append })
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
            Assert.Equal("1.0.0", response.Headers.GetValues("Tus-Version").Single());
        }

        Assert.Equal(0, await tus.OffsetOfAsync(url));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UploadLargerThanTheLimit_Is413_BeforeAnyByteIsSent(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var tus = await TusAsync(app);
        long max = app.App.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxRecordingBytes;
        int before = await app.QueryAsync(db => db.ResumableUploads.CountAsync());

        using var response = await tus.StartAsync(max + 1, TusClient.Metadata(("filename", "huge.mp4")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"the largest recording Addin accepts is {ByteSize.Format(max)}", await TitleAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.ResumableUploads.CountAsync()));
    }

    [Fact]
    public async Task PiecePastTheDeclaredLength_Is413_AndKeepsNothingOfIt()
    {
        var app = await apps.GetAsync();
        var tus = await TusAsync(app);
        string url = await tus.StartOkAsync(1000, "past.mp4");
        (await tus.AppendAsync(url, 0, new byte[600])).Dispose();

        using var declared = await tus.AppendAsync(url, 600, new byte[401]);
        using var chunked = await tus.AppendAsync(url, 600, new StreamContent(new MemoryStream(new byte[401])));

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.RequestEntityTooLarge), (declared.StatusCode, chunked.StatusCode));
        Assert.Equal(600, await tus.OffsetOfAsync(url));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task OnlyInstructorsStart_AndOnlyTheUploaderContinuesOrCancels(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var instructor = await TusAsync(app);
        var student = await TusAsync(app, "student");
        string url = await instructor.StartOkAsync(1000, "mine.mp4");
        (await instructor.AppendAsync(url, 0, new byte[100])).Dispose();

        using var start = await student.StartAsync(1000, TusClient.Metadata(("filename", "theirs.mp4")));
        using var head = await student.OffsetAsync(url);
        using var append = await student.AppendAsync(url, 100, new byte[100]);
        using var cancel = await student.CancelAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (head.StatusCode, append.StatusCode, cancel.StatusCode));
        Assert.Equal(100, await instructor.OffsetOfAsync(url));
        string id = url.Split('/')[^1];
        Assert.Equal(3, await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.Upload && a.TargetId == id && !a.Allowed)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CancelledUpload_IsGone_WithItsPartialFile(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var tus = await TusAsync(app);
        string url = await tus.StartOkAsync(1000, "cancel.mp4");
        (await tus.AppendAsync(url, 0, new byte[300])).Dispose();
        string id = url.Split('/')[^1];

        using var cancel = await tus.CancelAsync(url);
        using var head = await tus.OffsetAsync(url);
        using var append = await tus.AppendAsync(url, 300, new byte[10]);

        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (head.StatusCode, append.StatusCode));
        Assert.DoesNotContain(PartialFiles(app), f => f.Contains(id, StringComparison.Ordinal));
        Assert.Equal(1, await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.UploadCancel && a.TargetId == id)));
    }

    [Fact]
    public async Task PieceCutOffByTheNetwork_KeepsNoMoreThanArrived_AndTheUploadFinishesFromThere()
    {
        var app = await apps.GetAsync();
        var tus = await TusAsync(app);
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "cut-off.mp4");
        byte[] bytes = await File.ReadAllBytesAsync(media);
        string url = await tus.StartOkAsync(bytes.Length, "cut-off.mp4");

        // The client sends half of the file, then its connection fails.
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => tus.AppendAsync(url, 0, new StreamContent(new FailingStream(bytes, bytes.Length / 2))));
        long kept = await tus.OffsetOfAsync(url);

        // As the page does: ask where the upload stands and go on; 409 while the server still takes in the cut-off piece.
        var last = await WaitFor.ValueAsync(_ => tus.SendFileAsync(url, media, Piece), r => r.StatusCode != HttpStatusCode.Conflict, "the upload to continue after the cut-off piece");

        Assert.InRange(kept, 0, bytes.Length / 2);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        long recordingId = await app.QueryAsync(db => db.Recordings.Where(r => r.OriginalFileName == "cut-off.mp4").Select(r => r.Id).SingleAsync());
        await app.WaitUntilDoneAsync(recordingId);
        Assert.Equal(bytes, await app.StoredBytesAsync(recordingId, r => r.MediaKey));
    }

    [Theory]
    [InlineData("", "Upload-Metadata needs the file's name")]
    [InlineData("filetype dmlkZW8vbXA0", "Upload-Metadata needs the file's name")]
    [InlineData("filename not*base64", "is not Base64-encoded UTF-8")]
    [InlineData("filename YS5tcDQ=,filename Yi5tcDQ=", "appears more than once")]
    [InlineData("filename YS5tcDQ= extra", "is not a key followed by one Base64 value")]
    [InlineData("filename YS5tcDQ=,transcript V0VCVlRU", "a transcript's name with its text")]
    public async Task StartWithBadMetadata_Is400_SayingWhy(string metadata, string reason)
    {
        var app = await apps.GetAsync();
        var tus = await TusAsync(app);

        using var response = await tus.StartAsync(1000, metadata);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await TitleAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadPieces_AreRefusedWithTheProtocolsStatus_AndChangeNothing()
    {
        var app = await apps.GetAsync();
        var tus = await TusAsync(app);
        string url = await tus.StartOkAsync(1000, "bad-pieces.mp4");

        using var wrongType = await tus.AppendAsync(url, 0, new byte[10], contentType: "application/octet-stream");
        using var unknown = await tus.AppendAsync(url[..^4] + "0000", 0, new byte[10]);
        using var traversal = await tus.OffsetAsync(url[..url.LastIndexOf('/')] + "/..%2F..%2Fkeys");
        using var noLength = await tus.StartAsync(-1, TusClient.Metadata(("filename", "a.mp4")));
        using var empty = await tus.StartAsync(0, TusClient.Metadata(("filename", "a.mp4")));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, traversal.StatusCode));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noLength.StatusCode, empty.StatusCode));
        Assert.Equal(0, await tus.OffsetOfAsync(url));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AbandonedUpload_IsGivenUpByTheCleanup_WithItsFile_WhileAFreshOneStays(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var tus = await TusAsync(app);
        string abandoned = await tus.StartOkAsync(1000, "abandoned.mp4");
        (await tus.AppendAsync(abandoned, 0, new byte[200])).Dispose();
        var time = app.App.Services.GetRequiredService<TimeProvider>();
        var expiry = app.App.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.AbandonedUploadExpiry;
        var later = time.GetUtcNow() + expiry + TimeSpan.FromMinutes(1);
        string fresh = await WithStoreAsync(app, async (store, db) =>
        {
            // A piece that arrives just before the clean-up keeps its upload alive.
            var upload = await db.ResumableUploads.SingleAsync(u => u.FileName == "abandoned.mp4");
            var kept = await store.StartAsync(new ResumableUpload { Id = "", FileName = "fresh.mp4", ContentType = "video/mp4", CourseId = upload.CourseId, PersonId = upload.PersonId, Length = 10 }, CancellationToken.None);
            kept.ExpiresAt = later + TimeSpan.FromMinutes(1);
            await db.SaveChangesAsync();
            return kept.Id;
        });

        int removed = await WithStoreAsync(app, (store, _) => store.RemoveExpiredAsync(later, CancellationToken.None));

        Assert.True(removed >= 1);
        using var head = await tus.OffsetAsync(abandoned);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.DoesNotContain(PartialFiles(app), f => f.Contains(abandoned.Split('/')[^1], StringComparison.Ordinal));
        Assert.Contains(PartialFiles(app), f => f.Contains(fresh, StringComparison.Ordinal));
        Assert.True(await app.QueryAsync(db => db.ResumableUploads.AnyAsync(u => u.Id == fresh)));
    }

    internal static async Task<TusClient> TusAsync(PipelineApp app, string persona = "instructor") =>
        new(app.Http, await app.LaunchAsync(persona), await app.CourseIdAsync());

    internal static string[] PartialFiles(PipelineApp app)
    {
        string folder = app.App.Services.GetRequiredService<PipelinePaths>().Uploads;
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private static async Task<T> WithStoreAsync<T>(PipelineApp app, Func<ResumableUploadStore, Core.Persistence.AddinDbContext, Task<T>> work)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ResumableUploadStore>(), scope.ServiceProvider.GetRequiredService<Core.Persistence.AddinDbContext>());
    }

    private static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";

    /// <summary>Gives the first <c>failAt</c> bytes, then fails as a dropped connection does.</summary>
    private sealed class FailingStream(byte[] bytes, int failAt) : MemoryStream(bytes, 0, failAt)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new IOException("The connection dropped.");
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
