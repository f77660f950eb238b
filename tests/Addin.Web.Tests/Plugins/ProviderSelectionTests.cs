using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Media.Speech;
using Addin.Sdk;
using Addin.Testing;
using Addin.Web.Demo;
using Addin.Web.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Plugins;

/// <summary>Each platform chooses its provider per kind, with its own settings; a wrong choice is named.</summary>
public sealed class ProviderSelectionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task MediaStore_ChosenByThePlatformWithSettings_StoresWhereTheSettingsSay()
    {
        await ChooseAsync(ProviderKind.MediaStore, "local-disk", """{ "root": "platform-media" }""");

        await InboxDrops.DropAsync(fixture.App, "alg-101", "selection", "Selection: stored per platform", [new SpokenLine("Ana Rivera", "Hello.")]);
        var recording = await InboxDrops.WaitForAsync(fixture.App, "Selection: stored per platform");

        Assert.Equal(RecordingStatus.Ready, recording.Status);
        Assert.True(File.Exists(Path.Combine(fixture.App.DataDirectory, "platform-media", recording.MediaKey!)));
        Assert.False(File.Exists(Path.Combine(fixture.App.DataDirectory, "media", recording.MediaKey!)));
    }

    [Fact]
    public async Task MediaStore_SettingsFromConfiguration_AreUsedAndThePlatformsOwnSettingWins()
    {
        await using var app = await AddinApp.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Addin:Providers:Settings:local-disk:root"] = "configured-media",
        });
        var providers = app.Services.GetRequiredService<IPlatformProviders>();
        long platformId = await PlatformIdAsync(app);
        var configured = await providers.GetMediaStoreAsync(platformId, CancellationToken.None);

        await ChooseAsync(app, ProviderKind.MediaStore, "local-disk", """{ "root": "platform-media" }""");
        var chosen = await providers.GetMediaStoreAsync(platformId, CancellationToken.None);

        await configured.Provider.PutAsync("a.bin", new MemoryStream([1]), "application/octet-stream", null, CancellationToken.None);
        await chosen.Provider.PutAsync("b.bin", new MemoryStream([1]), "application/octet-stream", null, CancellationToken.None);
        Assert.Equal(Path.Combine(app.DataDirectory, "configured-media", "a.bin"), configured.Provider.TryGetLocalPath("a.bin"));
        Assert.Equal(Path.Combine(app.DataDirectory, "platform-media", "b.bin"), chosen.Provider.TryGetLocalPath("b.bin"));
    }

    [Fact]
    public async Task Providers_WithSettingsOfTheWrongType_AreRefusedNamingTheSetting()
    {
        await ChooseAsync(ProviderKind.TranscriptionEngine, "source-transcript", """{ "unexpected": true }""");
        var providers = fixture.App.Services.GetRequiredService<IPlatformProviders>();
        long platformId = await PlatformIdAsync();

        var ex = await Assert.ThrowsAsync<ProviderUnavailableException>(() => providers.GetTranscriptionEnginesAsync(platformId, CancellationToken.None));

        Assert.Contains("source-transcript", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/unexpected", ex.Message, StringComparison.Ordinal);
        await ClearAsync(ProviderKind.TranscriptionEngine);
    }

    [Fact]
    public async Task Providers_ChoosingOneNoPluginProvides_IsRefusedNamingWhatIsLoaded()
    {
        await ChooseAsync(ProviderKind.RecordingSource, "webex", "{}");
        var providers = fixture.App.Services.GetRequiredService<IPlatformProviders>();
        long platformId = await PlatformIdAsync();

        var ex = await Assert.ThrowsAsync<ProviderUnavailableException>(() => providers.GetRecordingSourceAsync(platformId, CancellationToken.None));

        Assert.Contains("'webex'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("folder", ex.Message, StringComparison.Ordinal);
        await ClearAsync(ProviderKind.RecordingSource);
    }

    private Task ChooseAsync(ProviderKind kind, string providerId, string settings) => ChooseAsync(fixture.App, kind, providerId, settings);

    private Task ClearAsync(ProviderKind kind) => ClearAsync(fixture.App, kind);

    private Task<long> PlatformIdAsync() => PlatformIdAsync(fixture.App);

    private static async Task ChooseAsync(AddinApp app, ProviderKind kind, string providerId, string settings)
    {
        await ClearAsync(app, kind);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        db.ProviderSelections.Add(new ProviderSelection { PlatformId = await PlatformIdAsync(app), Kind = kind, Order = 0, ProviderId = providerId, SettingsJson = settings });
        await db.SaveChangesAsync();
        app.Services.GetRequiredService<PlatformProviders>().Invalidate(await PlatformIdAsync(app));
    }

    private static async Task ClearAsync(AddinApp app, ProviderKind kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        await db.ProviderSelections.Where(s => s.Kind == kind).ExecuteDeleteAsync();
        app.Services.GetRequiredService<PlatformProviders>().Invalidate(await PlatformIdAsync(app));
    }

    private static async Task<long> PlatformIdAsync(AddinApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Platforms.Where(p => p.Key == DemoLms.PlatformKey).Select(p => p.Id).SingleAsync();
    }
}
