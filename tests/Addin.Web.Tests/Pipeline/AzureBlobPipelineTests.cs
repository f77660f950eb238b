using System.Net;
using System.Text.Json;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Addin.Core.Providers;
using Addin.Data;
using Addin.Sdk;
using Addin.Testing;
using Addin.Web.Demo;
using Addin.Web.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// A platform that keeps its media in Azure Blob Storage (Azurite): the pipeline reads the blob through a copy for ffmpeg,
/// its renditions go to the account, and the player gets the browser MP4 from the account through a SAS redirect.
/// </summary>
public sealed class AzureBlobPipelineTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DroppedRecording_OnAPlatformUsingAzureBlob_BecomesReadyAndPlaysFromTheAccount(DatabaseProvider provider)
    {
        string container = AzuriteServer.NewContainerName();
        // The secret comes from configuration only; the platform's own selection names the container.
        await using var app = await PipelineApp.StartAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Addin:Providers:Settings:azure-blob:connectionString"] = AzuriteServer.ConnectionString,
        });
        long platformId = await ChooseAzureBlobAsync(app, $$"""{ "container": "{{container}}", "prefix": "demo" }""");
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "azure-lesson.mp4");

        app.Drop(media, "azure-lesson.mp4", (".vtt", app.Clips.Vtt));
        long id = await app.WaitForImportAsync("azure-lesson.mp4");
        var status = await app.WaitUntilDoneAsync(id);

        Assert.Equal(("Ready", (string?)null), (status.Status, status.Error));
        var recording = await app.RecordingAsync(id);
        var store = await app.App.Services.GetRequiredService<IPlatformProviders>().GetMediaStoreAsync(platformId, CancellationToken.None);
        Assert.Equal("azure-blob", store.ProviderId);
        Assert.Equal(recording.Sha256, (await store.Provider.GetInfoAsync(recording.MediaKey!, CancellationToken.None))?.Sha256);
        Assert.Empty(Directory.Exists(Path.Combine(app.App.DataDirectory, "media"))
            ? Directory.GetFiles(Path.Combine(app.App.DataDirectory, "media"), "*", SearchOption.AllDirectories)
            : []);
        // ffmpeg read a copy of the blob, which is gone once the recording is ready.
        Assert.False(Directory.Exists(app.App.Services.GetRequiredService<PipelinePaths>().ScratchFor(id)));

        var page = await app.PageAsync(id);
        using var redirect = await app.Http.GetAsync(page.MediaUrl);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var sas = redirect.Headers.Location!;
        string blobEndpoint = AzuriteServer.ConnectionString.Split(';').Single(p => p.StartsWith("BlobEndpoint=", StringComparison.Ordinal))["BlobEndpoint=".Length..];
        Assert.StartsWith($"{blobEndpoint.TrimEnd('/')}/{container}/demo/{recording.PlaybackKey}?", sas.ToString(), StringComparison.Ordinal);
        using var browser = new HttpClient();
        await PlayerAssert.ServesMediaAsync(browser, sas.ToString(), await app.PlayerBytesAsync(id), "video/mp4");

        using var captions = await app.Http.GetAsync(page.CaptionsUrl);
        Assert.Equal(HttpStatusCode.OK, captions.StatusCode);
        Assert.Equal("text/vtt", captions.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("WEBVTT", await captions.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mediaStoreHealth = await MediaStoreHealthAsync(app);
        Assert.Equal(("Healthy", "azure-blob"), (mediaStoreHealth.GetProperty("status").GetString(), mediaStoreHealth.GetProperty("data").GetProperty(DemoLms.PlatformKey).GetString()));
    }

    [Fact]
    public async Task Health_AccountThatCannotBeReached_NamesTheSettingAndNeverShowsTheKey()
    {
        const string accountKey = "c2VjcmV0LWtleS10aGF0LW11c3QtbmV2ZXItYmUtc2hvd24=";
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        int port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var app = await PipelineApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Addin:Providers:Settings:azure-blob:connectionString"] =
                $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={accountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
        });
        await ChooseAzureBlobAsync(app, """{ "container": "unreachable" }""");

        var health = await MediaStoreHealthAsync(app);

        Assert.Equal("Unhealthy", health.GetProperty("status").GetString());
        string description = health.GetProperty("description").GetString()!;
        Assert.Contains("setting /connectionString", description, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{port}/devstoreaccount1", description, StringComparison.Ordinal);
        Assert.DoesNotContain(accountKey, health.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> MediaStoreHealthAsync(PipelineApp app)
    {
        using var response = await app.Http.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").GetProperty("media-store").Clone();
    }

    private static async Task<long> ChooseAzureBlobAsync(PipelineApp app, string settings)
    {
        long platformId = await app.QueryAsync(db => db.Platforms.Where(p => p.Key == DemoLms.PlatformKey).Select(p => p.Id).SingleAsync());
        await app.QueryAsync(async db =>
        {
            db.ProviderSelections.Add(new ProviderSelection { PlatformId = platformId, Kind = ProviderKind.MediaStore, Order = 0, ProviderId = "azure-blob", SettingsJson = settings });
            return await db.SaveChangesAsync();
        });
        app.App.Services.GetRequiredService<PlatformProviders>().Invalidate(platformId);
        return platformId;
    }
}
