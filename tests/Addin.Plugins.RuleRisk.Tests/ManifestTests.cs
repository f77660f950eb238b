using System.Text.Json;
using Addin.PluginHost;
using Addin.Testing;

namespace Addin.Plugins.RuleRisk.Tests;

/// <summary>The plugin as built into artifacts/plugins: a valid manifest whose default thresholds are the code's.</summary>
public sealed class ManifestTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Plugins, "Addin.Plugins.RuleRisk");

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

        var settings = TestProviderContext.Create("rule-risk", Path.GetTempPath(), defaults).GetSettings<RuleRiskSettings>();

        var code = new RuleRiskSettings();
        Assert.Equal(code.WindowWeeks, settings.WindowWeeks);
        Assert.All(
            new[] { (code.Attendance, settings.Attendance), (code.Score, settings.Score), (code.Activity, settings.Activity), (code.MissedInARow, settings.MissedInARow) },
            pair => Assert.Equal((pair.Item1.Medium, pair.Item1.High), (pair.Item2.Medium, pair.Item2.High)));
    }
}
