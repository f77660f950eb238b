using Addin.PluginHost.Tests.Support;
using Addin.Sdk;
using Microsoft.Extensions.Logging;

namespace Addin.PluginHost.Tests;

public sealed class PluginCatalogTests : IDisposable
{
    private readonly PluginsDirectory _plugins = new();
    private readonly RecordingLogger _logger = new();

    public void Dispose() => _plugins.Dispose();

    [Fact]
    public async Task LoadAsync_FactoryConstructorThrows_IsMalfunctionedAndNamesTheCause()
    {
        _plugins.Add("throwing", TestManifest.Faulty("ThrowingFactory"));

        var plugin = Assert.Single((await LoadAsync()).Plugins);

        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Empty(plugin.Providers);
        var problem = Assert.Single(plugin.Problems);
        Assert.Equal((plugin.ManifestPath, "/providers/0/factory"), (problem.File, problem.Field));
        Assert.Equal("creating Addin.TestPlugins.Faulty.ThrowingFactory threw InvalidOperationException: the factory is broken on purpose", problem.Message);
        Assert.Contains("report it to Addin tests", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BadPluginsBesideAGoodOne_LoadsTheGoodOne()
    {
        _plugins.Add("a-throwing", TestManifest.Faulty("ThrowingFactory").With("/id", "test.throwing").With("/providers/0/id", "throwing"));
        _plugins.Add("b-wrong-contract", TestManifest.Faulty("SummariserFactory").With("/id", "test.wrong").With("/providers/0/id", "wrong"));
        _plugins.Add("c-not-json", TestManifest.Echo().BuildFolder, "{ \"id\": ");
        _plugins.Add("d-stray", TestManifest.Echo().BuildFolder, manifest: null);
        _plugins.Add("e-echo", TestManifest.Echo());

        var catalog = await LoadAsync();

        Assert.Equal(
            [PluginStatus.Malfunctioned, PluginStatus.Malfunctioned, PluginStatus.Invalid, PluginStatus.Invalid, PluginStatus.Active],
            catalog.Plugins.Select(p => p.Status));
        Assert.Equal("echo", Assert.Single(catalog.Providers).Id);
        Assert.NotNull(catalog.Find(ProviderKind.Translator, "echo"));
    }

    [Fact]
    public async Task LoadAsync_Problems_AreLoggedOneEntryEachWithFileFieldAndFix()
    {
        _plugins.Add("throwing", TestManifest.Faulty("ThrowingFactory"));
        _plugins.Add("two-problems", TestManifest.Echo().With("/id", "test.two").With("/version", "one").With("/name", 5));

        var problems = (await LoadAsync()).Plugins.SelectMany(p => p.Problems).ToList();

        var logged = _logger.Entries.Where(e => e.Level == LogLevel.Error).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Equal(
            problems.Select(p => (p.File, p.Field, p.Message, p.Fix)),
            logged.Select(e => ((string)e.Values["File"]!, (string)e.Values["Field"]!, (string)e.Values["Problem"]!, (string)e.Values["Fix"]!)));
    }

    [Fact]
    public async Task LoadAsync_SdkMismatch_IsNotSupportedAndLoggedAsWarning()
    {
        _plugins.Add("future", TestManifest.Echo().With("/sdk", ">=2.0.0 <3.0.0"));

        var plugin = Assert.Single((await LoadAsync()).Plugins);

        Assert.Equal(PluginStatus.NotSupported, plugin.Status);
        Assert.Equal("/sdk", Assert.Single(plugin.Problems).Field);
        Assert.Equal(LogLevel.Warning, Assert.Single(_logger.Entries).Level);
    }

    [Fact]
    public async Task LoadAsync_SameProviderIdInTwoPlugins_OnlyTheFirstProvidesIt()
    {
        _plugins.Add("a-echo", TestManifest.Echo());
        _plugins.Add("b-echo", TestManifest.Echo().With("/id", "test.echo-copy"));

        var catalog = await LoadAsync();

        Assert.Equal([PluginStatus.Active, PluginStatus.Invalid], catalog.Plugins.Select(p => p.Status));
        Assert.Equal("test.echo", Assert.Single(catalog.Providers).PluginId);
        Assert.Equal("/providers/0/id", Assert.Single(catalog.Plugins[1].Problems).Field);
    }

    [Fact]
    public async Task LoadAsync_MissingDirectory_ReturnsAnEmptyCatalogAndWarns()
    {
        var catalog = await PluginCatalog.LoadAsync(Path.Combine(_plugins.Path, "absent"), _logger, CancellationToken.None);

        Assert.Empty(catalog.Plugins);
        Assert.Equal(LogLevel.Warning, Assert.Single(_logger.Entries).Level);
    }

    private Task<IPluginCatalog> LoadAsync() => PluginCatalog.LoadAsync(_plugins.Path, _logger, CancellationToken.None);
}
