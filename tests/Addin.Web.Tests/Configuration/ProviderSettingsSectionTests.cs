using Addin.Web.Configuration;
using Microsoft.Extensions.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class ProviderSettingsSectionTests
{
    [Fact]
    public void Read_SettingsFromEnvironmentStyleKeys_BecomeOneJsonObjectPerProvider()
    {
        var configuration = Configuration(new()
        {
            ["Addin:Providers:Settings:azure-blob:connectionString"] = "UseDevelopmentStorage=true",
            ["Addin:Providers:Settings:azure-blob:container"] = "media",
            ["Addin:Providers:Settings:folder:extensions:0"] = ".mp4",
            ["Addin:Providers:Settings:folder:extensions:1"] = ".webm",
            ["Addin:Providers:Settings:folder:limits:maxFiles"] = "10",
        });

        var settings = ProviderSettingsSection.Read(configuration);

        Assert.Equal("""{"connectionString":"UseDevelopmentStorage=true","container":"media"}""", settings["azure-blob"].ToJsonString());
        Assert.Equal("""{"extensions":[".mp4",".webm"],"limits":{"maxFiles":"10"}}""", settings["folder"].ToJsonString());
    }

    [Fact]
    public void Read_ProviderGivenASingleValue_IsRefusedNamingTheKey()
    {
        var configuration = Configuration(new() { ["Addin:Providers:Settings:azure-blob"] = "UseDevelopmentStorage=true" });

        var ex = Assert.Throws<InvalidOperationException>(() => ProviderSettingsSection.Read(configuration));

        Assert.Contains("Addin:Providers:Settings:azure-blob:<setting>", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("UseDevelopmentStorage", ex.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
