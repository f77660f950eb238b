using System.Text.Json;
using Addin.PluginHost;
using Addin.Sdk.Plugins;
using Addin.Testing;

namespace Addin.Plugins.PocketSphinx.Tests;

/// <summary>The manifest as built into artifacts/plugins, and settings that cannot work refused naming the setting.</summary>
public sealed class PocketSphinxFactoryTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Plugins, "Addin.Plugins.PocketSphinx");

    [Fact]
    public async Task ValidateFolder_BuiltPlugin_IsActiveWithoutProblems()
    {
        var validation = await ManifestValidator.ValidateFolderAsync(Folder);

        Assert.Empty(validation.Problems);
        Assert.Equal(PluginStatus.Active, validation.Status);
    }

    [Fact]
    public void DefaultSettings_InPluginJson_AreTheCodeDefaults()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "plugin.json")));
        string defaults = manifest.RootElement.GetProperty("providers")[0].GetProperty("defaultSettings").GetRawText();

        var settings = TestProviderContext.Create("pocketsphinx", Path.GetTempPath(), defaults).GetSettings<PocketSphinxSettings>();

        var code = new PocketSphinxSettings();
        Assert.Equal((code.Executable, code.ModelDirectory, code.SegmentPause, code.MaxSegmentDuration), (settings.Executable, settings.ModelDirectory, settings.SegmentPause, settings.MaxSegmentDuration));
    }

    [Theory]
    [InlineData("""{"executable":" "}""", "/executable", "/usr/bin/pocketsphinx_continuous")]
    [InlineData("""{"modelDirectory":""}""", "/modelDirectory", "pocketsphinx-en-us")]
    [InlineData("""{"segmentPause":"00:00:00"}""", "/segmentPause", "between")]
    [InlineData("""{"maxSegmentDuration":"00:05:00"}""", "/maxSegmentDuration", "00:01:00")]
    [InlineData("""{"segmentPause":"soon"}""", "/segmentPause", "")]
    public void Create_BadSettings_ThrowsNamingTheSetting(string settings, string setting, string fix)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => new PocketSphinxFactory().Create(TestProviderContext.Create("pocketsphinx", Path.GetTempPath(), settings)));

        Assert.Equal(setting, ex.Setting);
        Assert.Contains(fix, ex.Problem, StringComparison.Ordinal);
    }
}
