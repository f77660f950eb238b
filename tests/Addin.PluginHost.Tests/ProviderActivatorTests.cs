using System.Text.Json;
using Addin.PluginHost.Tests.Support;
using Addin.Sdk;
using Addin.Sdk.Storage;
using Addin.Sdk.Translation;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.PluginHost.Tests;

public sealed class ProviderActivatorTests : IDisposable
{
    private readonly PluginsDirectory _plugins = new();
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        _plugins.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task Create_EchoProvider_GetsItsSettings()
    {
        var provider = await LoadAsync(TestManifest.Echo(), "echo");

        var translator = Create<ITranslator>(provider, """{ "prefix": "> " }""");

        Assert.Equal(["> hello"], await translator.TranslateAsync(["hello"], "en", "fr", CancellationToken.None));
    }

    [Fact]
    public async Task Create_FactoryRejectsTheSettings_PassesItsMessageThrough()
    {
        var provider = await LoadAsync(TestManifest.Faulty("SettingsRejectingFactory"), "echo");

        var ex = Assert.Throws<ProviderActivationException>(() => Create<ITranslator>(provider, """{ "prefix": "" }"""));

        Assert.Equal("Provider 'echo' setting /endpoint: is not reachable; check the URL", ex.Message);
        Assert.Equal(("echo", "test.echo"), (ex.ProviderId, ex.PluginId));
    }

    [Fact]
    public async Task Create_FactoryCrashes_NamesTheProviderAndTheCause()
    {
        var provider = await LoadAsync(TestManifest.Faulty("CrashingFactory"), "echo");

        var ex = Assert.Throws<ProviderActivationException>(() => Create<ITranslator>(provider, """{ "prefix": "" }"""));

        Assert.Equal("Provider 'echo' (plugin 'test.echo') could not be created: IOException: disk on fire", ex.Message);
        Assert.IsType<IOException>(ex.InnerException);
    }

    [Fact]
    public async Task Create_ContractOfAnotherKind_ThrowsArgumentException()
    {
        var provider = await LoadAsync(TestManifest.Echo(), "echo");

        var ex = Assert.Throws<ArgumentException>(() => Create<IMediaStore>(provider, "{}"));

        Assert.Contains("is a translator (ITranslator), not a IMediaStore", ex.Message, StringComparison.Ordinal);
    }

    private async Task<LoadedProvider> LoadAsync(TestManifest manifest, string providerId)
    {
        _plugins.Add("plugin", manifest);
        var catalog = await PluginCatalog.LoadAsync(_plugins.Path, NullLogger.Instance, CancellationToken.None);
        return catalog.Find(ProviderKind.Translator, providerId) ?? throw new InvalidOperationException(string.Join("; ", catalog.Plugins.SelectMany(p => p.Problems)));
    }

    private T Create<T>(LoadedProvider provider, string settings)
        where T : class =>
        ProviderActivator.Create<T>(provider, TestProviderContext.Create(provider.Id, _data.Path, ProviderSettingsValidator.WithDefaults(provider, JsonElement.Parse(settings)).GetRawText()));
}
