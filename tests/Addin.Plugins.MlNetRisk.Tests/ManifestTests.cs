using System.Text.Json;
using Addin.PluginHost;
using Addin.Testing;

namespace Addin.Plugins.MlNetRisk.Tests;

/// <summary>The plugin as built into artifacts/plugins (with ML.NET beside it): a valid manifest whose defaults are the code's.</summary>
public sealed class ManifestTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Plugins, "Addin.Plugins.MlNetRisk");

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

        var settings = TestProviderContext.Create("mlnet-risk", Path.GetTempPath(), defaults).GetSettings<MlNetRiskSettings>();

        var code = new MlNetRiskSettings();
        Assert.Equal((code.ModelPath, code.MediumAt, code.HighAt), (settings.ModelPath, settings.MediumAt, settings.HighAt));
    }
}
