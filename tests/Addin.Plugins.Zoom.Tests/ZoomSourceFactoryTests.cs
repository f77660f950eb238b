using System.Text.Json;
using Addin.Sdk.Plugins;

namespace Addin.Plugins.Zoom.Tests;

public sealed class ZoomSourceFactoryTests : IDisposable
{
    private readonly ZoomHarness h = new();

    public void Dispose() => h.Dispose();

    [Theory]
    [InlineData("""{}""", "/webhookSecretToken")]
    [InlineData("""{ "webhookSecretToken": "  " }""", "/webhookSecretToken")]
    [InlineData("""{ "webhookSecretToken": "s", "accountId": "a", "clientId": "c" }""", "/clientSecret")]
    [InlineData("""{ "webhookSecretToken": "s", "clientId": "c", "clientSecret": "x" }""", "/accountId")]
    [InlineData("""{ "webhookSecretToken": "s", "apiBaseUrl": "https://api.zoom.us/v2" }""", "/apiBaseUrl")]
    [InlineData("""{ "webhookSecretToken": "s", "pollInterval": "00:00:05" }""", "/pollInterval")]
    [InlineData("""{ "webhookSecretToken": "s", "lookback": "00:00:00" }""", "/lookback")]
    [InlineData("""{ "webhookSecretToken": "s", "pollInterval": "every minute" }""", "/pollInterval")]
    public void Create_UnusableSetting_NamesIt(string settings, string setting)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => new ZoomSourceFactory().Create(h.Context(settings)));

        Assert.Equal(setting, ex.Setting);
    }

    [Fact]
    public void Create_MissingSecretToken_SaysWhereItComesFrom()
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => new ZoomSourceFactory().Create(h.Context("{}")));

        Assert.Contains("Addin__Providers__Settings__zoom__webhookSecretToken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultSettings_InPluginJson_AreTheCodeDefaults_AndHoldNoSecret()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        var defaults = manifest.RootElement.GetProperty("providers")[0].GetProperty("defaultSettings");

        var settings = h.Context(defaults.GetRawText()).GetSettings<ZoomSourceSettings>();

        var code = new ZoomSourceSettings();
        Assert.Equal(
            (code.UserId, code.ApiBaseUrl, code.OAuthBaseUrl, code.PageSize, code.PollInterval, code.Lookback, code.MaxAttempts, code.MaxRetryWait),
            (settings.UserId, settings.ApiBaseUrl, settings.OAuthBaseUrl, settings.PageSize, settings.PollInterval, settings.Lookback, settings.MaxAttempts, settings.MaxRetryWait));
        Assert.Equal((null, null), (settings.WebhookSecretToken, settings.ClientSecret));
    }
}
