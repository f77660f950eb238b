using System.Text.Json.Nodes;
using Addin.Sdk.Plugins;

namespace Addin.Plugins.OpenAiTranslation.Tests;

/// <summary>Settings that cannot work are refused when the provider is created, naming the setting and the fix.</summary>
public sealed class OpenAiTranslationFactoryTests
{
    [Theory]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434","model":"llama3.1"}""", "/endpoint", "must end with /v1")]
    [InlineData("""{"endpoint":"https://api.openai.com/v1","model":"gpt-4o-mini"}""", "/apiKey", "is not set, and api.openai.com needs one")]
    [InlineData("""{"endpoint":"https://school.openai.azure.com/openai/v1","model":"translator"}""", "/apiKey", "is not set")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","model":" "}""", "/model", "is empty")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","model":"llama3.1","linesPerRequest":0}""", "/linesPerRequest", "give 1 to 200")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","model":"llama3.1","maxAttempts":0}""", "/maxAttempts", "give 1 to 10")]
    public void Create_BadSettings_ThrowsNamingTheSetting(string settings, string setting, string problem)
    {
        using var h = new TranslatorHarness();

        var ex = Assert.Throws<ProviderSettingsException>(() => h.Create(JsonNode.Parse(settings)!.AsObject()));

        Assert.Equal(setting, ex.Setting);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LocalServerWithoutKey_Works()
    {
        using var h = new TranslatorHarness();

        Assert.NotNull(h.Create(new JsonObject { ["endpoint"] = "http://127.0.0.1:11434/v1", ["model"] = "llama3.1" }));
    }
}
