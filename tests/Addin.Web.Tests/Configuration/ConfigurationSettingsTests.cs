using System.Text.Json;
using Addin.Web.Configuration;
using Microsoft.Extensions.Configuration;

namespace Addin.Web.Tests.Configuration;

/// <summary>Provider settings written in configuration (environment variables hold only text) become the JSON the provider's schema expects.</summary>
public sealed class ConfigurationSettingsTests
{
    private static readonly JsonElement Schema = JsonElement.Parse("""
        { "type": "object", "properties": {
            "secret": { "type": "string" }, "pageSize": { "type": "integer" }, "ratio": { "type": "number" },
            "enabled": { "type": "boolean" }, "extensions": { "type": "array" } } }
        """);

    [Fact]
    public void Read_EnvironmentStyleKeys_GiveAnObjectPerProvider_WithArraysForNumberedChildren()
    {
        var settings = ConfigurationSettings.Read(Section(new()
        {
            ["Addin:Providers:Settings:zoom:secret"] = "s3cret",
            ["Addin:Providers:Settings:zoom:pageSize"] = "50",
            ["Addin:Providers:Settings:folder:extensions:0"] = ".mp4",
            ["Addin:Providers:Settings:folder:extensions:1"] = ".webm",
        }));

        Assert.Equal("""{"pageSize":"50","secret":"s3cret"}""", settings["zoom"].ToJsonString());
        Assert.Equal("""{"extensions":[".mp4",".webm"]}""", settings["folder"].ToJsonString());
    }

    [Fact]
    public void Typed_TextForNumberAndBooleanSettings_BecomesNumberAndBoolean_AndStringsStayText()
    {
        var settings = ConfigurationSettings.Read(Section(new()
        {
            ["Addin:Providers:Settings:zoom:secret"] = "12345",
            ["Addin:Providers:Settings:zoom:pageSize"] = "50",
            ["Addin:Providers:Settings:zoom:ratio"] = "0.5",
            ["Addin:Providers:Settings:zoom:enabled"] = "true",
        }));

        var typed = ConfigurationSettings.Typed(settings["zoom"], Schema);

        Assert.Equal("""{"enabled":true,"pageSize":50,"ratio":0.5,"secret":"12345"}""", typed.ToJsonString());
    }

    [Fact]
    public void Typed_TextThatIsNotANumber_StaysText_SoTheSchemaNamesTheSetting()
    {
        var settings = ConfigurationSettings.Read(Section(new() { ["Addin:Providers:Settings:zoom:pageSize"] = "fifty" }));

        Assert.Equal("""{"pageSize":"fifty"}""", ConfigurationSettings.Typed(settings["zoom"], Schema).ToJsonString());
    }

    [Fact]
    public void Read_ASingleValueInsteadOfSettings_IsRefusedNamingTheKey()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ConfigurationSettings.Read(Section(new() { ["Addin:Providers:Settings:zoom"] = "secret" })));

        Assert.Contains("Addin:Providers:Settings:zoom must hold the provider's settings by name", ex.Message, StringComparison.Ordinal);
    }

    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Addin:Providers:Settings");
}
