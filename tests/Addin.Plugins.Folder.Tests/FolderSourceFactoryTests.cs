using System.Text.Json;
using Addin.Sdk.Plugins;
using Addin.Testing;

namespace Addin.Plugins.Folder.Tests;

public sealed class FolderSourceFactoryTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Create_RelativeInbox_IsCreatedUnderTheHostDataFolder()
    {
        new FolderSourceFactory().Create(TestProviderContext.Create("folder", _data.Path, """{ "inbox": "drop/here" }"""));

        Assert.True(Directory.Exists(Path.Combine(_data.Path, "drop", "here")));
    }

    [Theory]
    [InlineData("""{ "settleTime": "2 seconds" }""", "/settleTime")]
    [InlineData("""{ "settleTime": "-00:00:01" }""", "/settleTime")]
    [InlineData("""{ "inbox": "" }""", "/inbox")]
    [InlineData("""{ "extensions": ["mp4"] }""", "/extensions")]
    public void Create_UnusableSetting_NamesIt(string settings, string setting)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => new FolderSourceFactory().Create(TestProviderContext.Create("folder", _data.Path, settings)));

        Assert.Equal(setting, ex.Setting);
    }

    [Fact]
    public void DefaultSettings_InPluginJson_AreTheCodeDefaults()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        var defaults = manifest.RootElement.GetProperty("providers")[0].GetProperty("defaultSettings");

        var settings = TestProviderContext.Create("folder", _data.Path, defaults.GetRawText()).GetSettings<FolderSourceSettings>();

        var code = new FolderSourceSettings();
        Assert.Equal((code.Inbox, code.SettleTime), (settings.Inbox, settings.SettleTime));
        Assert.Equal(code.Extensions, settings.Extensions);
    }
}
