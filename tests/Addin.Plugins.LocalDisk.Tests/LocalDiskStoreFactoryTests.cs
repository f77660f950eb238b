using System.Text.Json;
using Addin.Sdk.Plugins;
using Addin.Testing;

namespace Addin.Plugins.LocalDisk.Tests;

public sealed class LocalDiskStoreFactoryTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Create_RelativeRoot_IsCreatedUnderTheHostDataFolder()
    {
        var store = new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", _data.Path, """{ "root": "stores/demo" }"""));

        await store.PutAsync("a.bin", new MemoryStream([1, 2, 3]), "application/octet-stream", null, CancellationToken.None);

        Assert.Equal(Path.Combine(_data.Path, "stores", "demo", "a.bin"), store.TryGetLocalPath("a.bin"));
    }

    [Fact]
    public void Create_AbsoluteRoot_IsUsedAsGiven()
    {
        string root = Path.Combine(_data.Path, "elsewhere");

        new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", Path.Combine(_data.Path, "host"), JsonSerializer.Serialize(new { root })));

        Assert.True(Directory.Exists(root));
    }

    [Fact]
    public void Create_EmptyRoot_NamesTheSetting()
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", _data.Path, """{ "root": " " }""")));

        Assert.Equal("/root", ex.Setting);
    }

    [Fact]
    public void DefaultSettings_InPluginJson_AreTheCodeDefaults()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        var defaults = manifest.RootElement.GetProperty("providers")[0].GetProperty("defaultSettings");

        var settings = TestProviderContext.Create("local-disk", _data.Path, defaults.GetRawText()).GetSettings<LocalDiskSettings>();

        Assert.Equal(new LocalDiskSettings().Root, settings.Root);
    }
}
