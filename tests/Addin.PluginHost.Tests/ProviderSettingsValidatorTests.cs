using System.Text.Json;
using Addin.PluginHost.Tests.Support;
using Addin.Sdk;

namespace Addin.PluginHost.Tests;

/// <summary>Settings against the echo provider's schema: prefix (required string), apiKey (secret, 20+ characters), maxLines (integer ≥ 1, default 10).</summary>
public sealed class ProviderSettingsValidatorTests
{
    private const string Location = "platform 'demo' settings for provider 'echo'";

    private static readonly LoadedProvider Echo = CreateEcho();

    [Fact]
    public void Validate_GoodSettings_HasNoProblems()
    {
        Assert.Empty(Validate("""{ "prefix": "> ", "apiKey": "a-key-of-twenty-characters", "maxLines": 3 }"""));
    }

    [Fact]
    public void Validate_WrongType_NamesTheSettingAndTheTypeItNeeds()
    {
        var problem = Assert.Single(Validate("""{ "prefix": 5 }"""));

        Assert.Equal((Location, "/prefix", "is a number (5) but must be a string"), (problem.File, problem.Field, problem.Message));
        Assert.Equal("make it a string. Expected: Text put before every line.", problem.Fix);
    }

    [Fact]
    public void Validate_UnknownSetting_ListsTheKnownOnes()
    {
        var problem = Assert.Single(Validate("""{ "prefix": "", "prefx": "> " }"""));

        Assert.Equal(("/prefx", "\"prefx\" is not a known field"), (problem.Field, problem.Message));
        Assert.Contains("prefix, apiKey, maxLines", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequiredSetting_NamesIt()
    {
        var problem = Assert.Single(Validate("{}"));

        Assert.Equal(("/prefix", "\"prefix\" is missing"), (problem.Field, problem.Message));
        Assert.Equal("add \"prefix\". Expected: Text put before every line.", problem.Fix);
    }

    [Fact]
    public void Validate_NoSettingsAtAll_IsJudgedWithTheDefaults()
    {
        Assert.Equal(["/prefix"], ProviderSettingsValidator.Validate(Echo, default, Location).Select(p => p.Field));
    }

    [Fact]
    public void Validate_BadDefaultOverridden_UsesThePlatformsValue()
    {
        var provider = Echo with { DefaultSettings = JsonElement.Parse("""{ "maxLines": 0 }""") };

        Assert.Empty(ProviderSettingsValidator.Validate(provider, JsonElement.Parse("""{ "prefix": "", "maxLines": 2 }"""), Location));
    }

    [Fact]
    public void Validate_SecretThatBreaksARule_NeverRepeatsItsValue()
    {
        var problem = Assert.Single(Validate("""{ "prefix": "", "apiKey": "hunter2" }"""));

        Assert.Equal("/apiKey", problem.Field);
        Assert.DoesNotContain("hunter2", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SettingsNotAnObject_IsOneProblemForTheWhole()
    {
        var problem = Assert.Single(Validate("[]"));

        Assert.Equal(("", "the settings are an array but must be an object"), (problem.Field, problem.Message));
    }

    [Fact]
    public void WithDefaults_PlatformSetsAnObject_ReplacesTheDefaultsObjectWhole()
    {
        var provider = Echo with { DefaultSettings = JsonElement.Parse("""{ "maxLines": 10, "limits": { "a": 1, "b": 2 } }""") };

        var merged = ProviderSettingsValidator.WithDefaults(provider, JsonElement.Parse("""{ "limits": { "a": 5 } }"""));

        Assert.Equal("""{"maxLines":10,"limits":{"a":5}}""", merged.GetRawText());
    }

    private static IReadOnlyList<PluginProblem> Validate(string settings) =>
        ProviderSettingsValidator.Validate(Echo, JsonElement.Parse(settings), Location);

    private static LoadedProvider CreateEcho()
    {
        var provider = JsonElement.Parse(TestManifest.Echo().ToString()).GetProperty("providers")[0];
        return new LoadedProvider
        {
            Id = "echo",
            Kind = ProviderKind.Translator,
            PluginId = "test.echo",
            DisplayName = "Echo",
            Description = "Prefixes lines.",
            SettingsSchemaJson = provider.GetProperty("settingsSchema"),
            DefaultSettings = provider.GetProperty("defaultSettings"),
            SecretSettings = ["/apiKey"],
            Factory = new object(),
        };
    }
}
