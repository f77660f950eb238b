using System.Net;
using Addin.Data;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Pipeline;

/// <summary>An upload interrupted by a restart of the server continues after it, from the offset it had reached.</summary>
public sealed class ResumableUploadRestartTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UploadStartedBeforeARestart_ContinuesAfterIt_AndBecomesTheSameFile(DatabaseProvider provider)
    {
        var before = await PipelineApp.StartAsync(provider);
        PipelineApp? after = null;
        try
        {
            var tus = await ResumableUploadTests.TusAsync(before);
            string media = await before.Clips.CopyAsync(before.Clips.Mp4, "across-restart.mp4");
            byte[] bytes = await File.ReadAllBytesAsync(media);
            string url = await tus.StartOkAsync(bytes.Length, "across-restart.mp4");
            int half = bytes.Length / 2;
            (await tus.AppendAsync(url, 0, bytes[..half])).Dispose();

            after = await before.RestartAsync();
            var resumed = await ResumableUploadTests.TusAsync(after);
            long offset = await resumed.OffsetOfAsync(url);
            using var last = await resumed.AppendAsync(url, offset, bytes[(int)offset..]);

            Assert.Equal(half, offset);
            Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
            long recordingId = await after.QueryAsync(db => db.Recordings.Where(r => r.OriginalFileName == "across-restart.mp4").Select(r => r.Id).SingleAsync());
            Assert.Equal("Ready", (await after.WaitUntilDoneAsync(recordingId)).Status);
            Assert.Equal(bytes, await after.StoredBytesAsync(recordingId, r => r.MediaKey));
            Assert.Empty(ResumableUploadTests.PartialFiles(after));
        }
        finally
        {
            await before.DisposeAsync();
            if (after is not null)
            {
                await after.DisposeAsync();
            }
        }
    }
}
