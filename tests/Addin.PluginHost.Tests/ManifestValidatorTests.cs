using Addin.PluginHost.Tests.Support;
using Addin.Sdk;

namespace Addin.PluginHost.Tests;

public sealed class ManifestValidatorTests : IDisposable
{
    private readonly PluginsDirectory _plugins = new();

    public void Dispose() => _plugins.Dispose();

    [Theory]
    [InlineData("Addin.Plugins.Folder")]
    [InlineData("Addin.Plugins.SourceTranscript")]
    [InlineData("Addin.Plugins.LocalDisk")]
    public async Task ValidateFolder_DefaultPlugin_IsActiveWithoutProblems(string plugin)
    {
        var result = await ManifestValidator.ValidateFolderAsync(Artifacts.Plugin(plugin));

        Assert.Empty(result.Problems);
        Assert.Equal(PluginStatus.Active, result.Status);
    }

    [Fact]
    public async Task ValidateFolder_ValidManifest_IsActiveWithTheManifestRead()
    {
        var result = await ValidateAsync(TestManifest.Echo());

        Assert.Empty(result.Problems);
        Assert.Equal(PluginStatus.Active, result.Status);
        Assert.Equal("test.echo", result.Manifest!.Id);
        Assert.Equal(Addin.Sdk.ProviderKind.Translator, Assert.Single(result.Manifest.Providers).Kind);
    }

    [Fact]
    public async Task ValidateFolder_InvalidJson_ReportsLineAndColumn()
    {
        string text = TestManifest.Echo().ToString();
        string broken = text.Replace("\"name\": \"Echo translator\",", "\"name\": \"Echo translator\"", StringComparison.Ordinal);
        int versionLine = text.Split('\n').ToList().FindIndex(l => l.Contains("\"version\"", StringComparison.Ordinal)) + 1;

        var result = await ManifestValidator.ValidateFolderAsync(_plugins.Add("plugin", TestManifest.Echo().BuildFolder, broken));

        var problem = AssertProblem(result, PluginStatus.Invalid, "");
        Assert.Contains($"not valid JSON at line {versionLine}, column 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_MissingRequiredField_NamesTheFieldAndWhatItHolds()
    {
        var result = await ValidateAsync(TestManifest.Echo().Without("/providers/0/factory"));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/providers/0/factory");
        Assert.Equal("\"factory\" is missing", problem.Message);
        Assert.Contains("full name (namespace and class)", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_UnknownKind_ListsTheKinds()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/providers/0/kind", "recording-sourse"));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/providers/0/kind");
        Assert.Equal("\"recording-sourse\" is not one of the allowed values", problem.Message);
        Assert.Contains("\"recording-source\", \"transcription-engine\"", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_VersionNotSemver_ExplainsTheFormat()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/version", "1.0"));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/version");
        Assert.Contains("semantic version", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_MisspelledField_ListsTheKnownFields()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/providers/0/displayname", "Echo"));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/providers/0/displayname");
        Assert.Equal("\"displayname\" is not a known field", problem.Message);
        Assert.Contains("displayName", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_SdkRangeExcludesHost_IsNotSupported()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/sdk", "^2.0"));

        var problem = AssertProblem(result, PluginStatus.NotSupported, "/sdk");
        Assert.Equal($"requires SDK ^2.0 but this host has {SdkInfo.Version}", problem.Message);
        Assert.Contains("Addin.Sdk 1.x", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_SdkNotARange_IsInvalid()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/sdk", "latest"));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/sdk");
        Assert.StartsWith("\"latest\" is not a version range", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x.dll")]
    [InlineData("lib/../../x.dll")]
    public async Task ValidateFolder_AssemblyOutsideFolder_IsInvalid(string assembly)
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/assembly", assembly));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/assembly");
        Assert.Contains("points outside the plugin folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_RootedAssemblyPath_IsRejectedByTheSchema()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/assembly", "/usr/lib/x.dll"));

        AssertProblem(result, PluginStatus.Invalid, "/assembly");
    }

    [Fact]
    public async Task ValidateFolder_AssemblyMissing_ListsTheDllsPresent()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/assembly", "Missing.dll"));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/assembly");
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Addin.TestPlugins.Echo.dll", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_FactoryTypeMissing_ListsTheFactoriesOfThatKind()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/providers/0/factory", "Addin.TestPlugins.Echo.Nope"));

        var problem = AssertProblem(result, PluginStatus.Malfunctioned, "/providers/0/factory");
        Assert.Equal("type \"Addin.TestPlugins.Echo.Nope\" is not in Addin.TestPlugins.Echo.dll", problem.Message);
        Assert.Contains("Addin.TestPlugins.Echo.EchoTranslatorFactory", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_FactoryOfAnotherContract_SuggestsTheKindItFits()
    {
        var result = await ValidateAsync(TestManifest.Faulty("SummariserFactory"));

        var problem = AssertProblem(result, PluginStatus.Malfunctioned, "/providers/0/factory");
        Assert.Contains("does not implement IProviderFactory<ITranslator>", problem.Message, StringComparison.Ordinal);
        Assert.Contains("set \"kind\" to \"summariser\"", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_FactoryWithoutParameterlessConstructor_IsMalfunctioned()
    {
        var result = await ValidateAsync(TestManifest.Faulty("ParameterisedFactory"));

        var problem = AssertProblem(result, PluginStatus.Malfunctioned, "/providers/0/factory");
        Assert.Contains("no public parameterless constructor", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_FactoryWhoseConstructorThrows_IsActiveBecauseValidationRunsNoPluginCode()
    {
        var result = await ValidateAsync(TestManifest.Faulty("ThrowingFactory"));

        Assert.Equal(PluginStatus.Active, result.Status);
    }

    [Fact]
    public async Task ValidateFolder_SettingsSchemaInvalid_PointsIntoTheSchema()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/providers/0/settingsSchema/properties/prefix/type", "strin"));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/providers/0/settingsSchema/properties/prefix/type");
        Assert.StartsWith("settingsSchema is not a valid JSON Schema", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_SettingsSchemaRefLeadsNowhere_IsInvalid()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/providers/0/settingsSchema/properties/maxLines", new System.Text.Json.Nodes.JsonObject { ["$ref"] = "#/$defs/missing" }));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/providers/0/settingsSchema");
        Assert.Contains("$ref", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_SecretWithDefault_IsInvalid()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/providers/0/settingsSchema/properties/apiKey/default", "k-123"));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/providers/0/settingsSchema/properties/apiKey/default");
        Assert.Equal("a secret setting has a default value", problem.Message);
    }

    [Fact]
    public async Task ValidateFolder_SecretInDefaultSettings_IsInvalid()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/providers/0/defaultSettings/apiKey", "a-key-of-twenty-characters"));

        AssertProblem(result, PluginStatus.Invalid, "/providers/0/defaultSettings/apiKey");
    }

    [Fact]
    public async Task ValidateFolder_DefaultSettingsBreakTheSchema_NamesTheSetting()
    {
        var result = await ValidateAsync(TestManifest.Echo().With("/providers/0/defaultSettings/maxLines", 0));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/providers/0/defaultSettings/maxLines");
        Assert.Contains("At most this many lines per call", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_TwoProvidersWithOneId_IsInvalid()
    {
        var manifest = TestManifest.Echo();
        var second = System.Text.Json.Nodes.JsonNode.Parse(manifest.ToString())!["providers"]![0]!.DeepClone();
        var result = await ValidateAsync(manifest.With("/providers/1", second));

        var problem = AssertProblem(result, PluginStatus.Invalid, "/providers/1/id");
        Assert.Contains("already used by /providers/0", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateFolder_NoManifest_IsInvalid()
    {
        string folder = _plugins.Add("plugin", TestManifest.Echo().BuildFolder, manifest: null);

        var result = await ManifestValidator.ValidateFolderAsync(folder);

        AssertProblem(result, PluginStatus.Invalid, "");
        Assert.Null(result.Manifest);
    }

    [Fact]
    public async Task ValidateDirectory_SameProviderIdInTwoPlugins_KeepsTheFirstAndRejectsTheSecond()
    {
        string first = _plugins.Add("a-echo", TestManifest.Echo());
        _plugins.Add("b-echo", TestManifest.Echo().With("/id", "test.other-echo"));

        var results = await ManifestValidator.ValidateDirectoryAsync(_plugins.Path);

        Assert.Equal([PluginStatus.Active, PluginStatus.Invalid], results.Select(r => r.Status));
        var problem = AssertProblem(results[1], PluginStatus.Invalid, "/providers/0/id");
        Assert.Contains(Path.Combine(first, "plugin.json"), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateDirectory_FolderWithDllsButNoManifest_IsReportedAndEmptyFoldersIgnored()
    {
        _plugins.Add("stray", TestManifest.Echo().BuildFolder, manifest: null);
        Directory.CreateDirectory(Path.Combine(_plugins.Path, "notes"));

        var result = Assert.Single(await ManifestValidator.ValidateDirectoryAsync(_plugins.Path));

        Assert.EndsWith("stray", result.Folder, StringComparison.Ordinal);
        Assert.Equal("there is no plugin.json in this folder", AssertProblem(result, PluginStatus.Invalid, "").Message);
    }

    [Fact]
    public async Task ValidateDirectory_MissingDirectory_Throws()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => ManifestValidator.ValidateDirectoryAsync(Path.Combine(_plugins.Path, "absent")));
    }

    private Task<PluginValidation> ValidateAsync(TestManifest manifest) => ManifestValidator.ValidateFolderAsync(_plugins.Add("plugin", manifest));

    /// <summary>Asserts the status and a problem at <paramref name="field"/> that names the manifest and has a fix.</summary>
    private static PluginProblem AssertProblem(PluginValidation result, PluginStatus status, string field)
    {
        Assert.Equal(status, result.Status);
        var problem = Assert.Single(result.Problems, p => p.Field == field);
        Assert.Equal(result.ManifestPath, problem.File);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
        return problem;
    }
}
