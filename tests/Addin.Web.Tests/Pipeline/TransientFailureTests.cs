using Addin.Core.Institutions;
using Addin.Core.Pipeline;
using Addin.Core.Recordings;
using Addin.Sdk;
using Addin.Testing;
using Addin.Web.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// A failure that may pass (a provider that cannot be used right now) is retried with its reason shown, and after the
/// last attempt the recording fails with that reason. The platform's media store is changed, so this class has its
/// own Addin.
/// </summary>
public sealed class TransientFailureTests(PipelineAppFixture apps) : IClassFixture<PipelineAppFixture>
{
    private const string MissingStore = "vault-store";

    [Fact]
    public async Task MediaStoreThatNoPluginProvides_IsRetriedWithItsReason_ThenFailsAtTheLastAttemptNamingIt()
    {
        var app = await apps.GetAsync();
        long platformId = await app.QueryAsync(async db =>
        {
            var platform = await db.Platforms.SingleAsync(p => p.Key == "demo");
            db.ProviderSelections.Add(new ProviderSelection { PlatformId = platform.Id, Kind = ProviderKind.MediaStore, ProviderId = MissingStore });
            await db.SaveChangesAsync();
            return platform.Id;
        });
        app.App.Services.GetRequiredService<PlatformProviders>().Invalidate(platformId);
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "stored-nowhere.mp4");

        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media });
        var retrying = await WaitFor.ValueAsync(
            ct => app.StatusAsync(uploaded.RecordingId, ct), s => s.Status is not ("Queued" or "Processing"), "the job's first attempt to fail");

        Assert.Equal(("Retrying", "Store"), (retrying.Status, retrying.Stage));
        Assert.Contains($"media store '{MissingStore}'", retrying.Error, StringComparison.Ordinal);
        var page = await app.PageAsync(uploaded.RecordingId);
        Assert.Equal(retrying.Error, page.Error);
        Assert.Contains("Store failed; retrying", page.Html, StringComparison.Ordinal);
        Assert.Contains($"Attempt 1 of 4 failed: {retrying.Error} Retrying.", page.Events);

        int lastAttempt = app.App.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxAttempts;
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecordingPipeline>().RunAsync(uploaded.RecordingId, lastAttempt, CancellationToken.None);
        }

        var failed = await app.StatusAsync(uploaded.RecordingId);
        Assert.Equal((4, "Failed", "Store"), (lastAttempt, failed.Status, failed.Stage));
        Assert.Contains($"uses media store '{MissingStore}'", failed.Error, StringComparison.Ordinal);
        Assert.Contains("no loaded plugin provides it", failed.Error, StringComparison.Ordinal);
        page = await app.PageAsync(uploaded.RecordingId);
        Assert.Equal(failed.Error, page.Error);
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.Equal(failed.Error, recording.Events.Single(e => e.Severity == EventSeverity.Error).Message);
        Assert.Equal(lastAttempt, recording.Attempts);
    }
}
