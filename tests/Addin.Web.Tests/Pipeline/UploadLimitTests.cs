using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Recordings over the size limit: a little over is imported and fails at ingest naming the limit; far over (more than
/// the request may carry) is refused while it arrives, with the limit in the answer. The limit is set low so that a
/// small file is "too large".
/// </summary>
public sealed class UploadLimitTests(UploadLimitTests.SmallLimit apps) : IClassFixture<UploadLimitTests.SmallLimit>
{
    private const string Limit = "39.1 KB";

    [Fact]
    public async Task UploadOverTheLimit_FailsAtIngest_NamingTheLimit()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "over.mp4");

        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media });
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);

        Assert.Equal(("Failed", "Ingest"), (status.Status, status.Stage));
        Assert.StartsWith("'over.mp4' is ", status.Error, StringComparison.Ordinal);
        Assert.Contains($"the largest recording Addin accepts is {Limit}", status.Error, StringComparison.Ordinal);
        Assert.Equal(status.Error, (await app.PageAsync(uploaded.RecordingId)).Error);
        Assert.Null((await app.RecordingAsync(uploaded.RecordingId)).Sha256);
    }

    [Fact]
    public async Task UploadFarOverTheLimit_IsRefusedWith413NamingTheLimit_AndNothingIsKept()
    {
        var app = await apps.GetAsync();
        string huge = await app.Clips.FileAsync("far-over.mp4", RandomNumberGenerator.GetBytes(12 * 1024 * 1024));
        int before = await app.QueryAsync(db => db.Recordings.CountAsync());

        // A browser gets the same answer, or a dropped connection if it sends on regardless; this client waits for it.
        using var response = await app.PostUploadAsync(new UploadForm { MediaPath = huge }, expectContinue: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"The upload is larger than {Limit}, the largest recording Addin accepts.", problem.GetProperty("title").GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.Recordings.CountAsync()));
        string[] inbox = Directory.Exists(app.Inbox) ? Directory.GetFiles(app.Inbox) : [];
        Assert.DoesNotContain(inbox, f => Path.GetFileName(f).StartsWith("far-over", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    /// <summary>An Addin that accepts recordings up to 40,000 bytes.</summary>
    public sealed class SmallLimit : PipelineAppFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Addin:Pipeline:MaxRecordingBytes"] = "40000",
        };
    }
}
