using System.Text.Json;
using Addin.PluginHost;
using Addin.Sdk;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class PluginsPageTests : BunitContext
{
    private static readonly PageViewer Reviewer = new("Pat Morgan", "Reviewer", Models.Token, IsReviewer: true);

    private static LoadedPlugin Active() => new()
    {
        Folder = "/srv/addin/plugins/Addin.Plugins.LocalDisk",
        ManifestPath = "/srv/addin/plugins/Addin.Plugins.LocalDisk/plugin.json",
        Status = PluginStatus.Active,
        Manifest = new PluginManifest
        {
            Id = "addin.local-disk",
            Name = "Local disk",
            Version = "1.0.0",
            Description = "Media on this machine's disk.",
            Sdk = "^1.0",
            Assembly = "Addin.Plugins.LocalDisk.dll",
            Providers = [],
        },
        Problems = [],
        Providers =
        [
            new LoadedProvider
            {
                Id = "local-disk",
                Kind = ProviderKind.MediaStore,
                PluginId = "addin.local-disk",
                DisplayName = "Local disk",
                Description = "Media on this machine's disk.",
                SettingsSchemaJson = JsonDocument.Parse("{}").RootElement,
                SecretSettings = [],
                Factory = new object(),
            },
        ],
    };

    private static LoadedPlugin Broken() => new()
    {
        Folder = "/srv/addin/plugins/Broken",
        ManifestPath = "/srv/addin/plugins/Broken/plugin.json",
        Status = PluginStatus.Invalid,
        Manifest = null,
        Problems =
        [
            new PluginProblem("/srv/addin/plugins/Broken/plugin.json", "/providers/0/kind", "\"Storage\" is not one of the provider kinds", "Use one of RecordingSource, TranscriptionEngine, Summariser, RiskModel, MediaStore."),
            new PluginProblem("/srv/addin/plugins/Broken/plugin.json", "", "The file is not JSON <b>at all</b>", "Write valid JSON."),
        ],
        Providers = [],
    };

    private IRenderedComponent<PluginsPage> RenderPage(params LoadedPlugin[] plugins) =>
        Render<PluginsPage>(p => p.Add(c => c.Model, new PluginsPageModel(Reviewer, "/srv/addin/plugins", plugins)));

    [Fact]
    public void Problems_NameFileFieldAndFix()
    {
        var cut = RenderPage(Active(), Broken());

        var row = cut.Find("tr[data-plugin='/srv/addin/plugins/Broken']");
        var problems = row.QuerySelectorAll(".problem");
        Assert.Equal(2, problems.Length);
        var codes = problems[0].QuerySelectorAll("code").Select(c => c.TextContent).ToArray();
        Assert.Equal(["/srv/addin/plugins/Broken/plugin.json", "/providers/0/kind"], codes);
        Assert.Contains("\"Storage\" is not one of the provider kinds", problems[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Fix: Use one of RecordingSource, TranscriptionEngine, Summariser, RiskModel, MediaStore.", problems[0].QuerySelector("small")!.TextContent);
        Assert.Equal("(file)", problems[1].QuerySelectorAll("code")[1].TextContent);
        Assert.Equal("Broken", row.QuerySelector("strong")!.TextContent);
        Assert.Equal("Invalid", row.QuerySelector(".status-bad")!.TextContent);
    }

    [Fact]
    public void ProblemText_IsEscaped()
    {
        var cut = RenderPage(Broken());

        Assert.Empty(cut.FindAll("td b"));
        Assert.Contains("The file is not JSON &lt;b&gt;at all&lt;/b&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivePlugin_ShowsNameVersionAndProviders()
    {
        var cut = RenderPage(Active());

        var row = cut.Find("tr[data-plugin='addin.local-disk']");
        Assert.Equal("Local disk", row.QuerySelector("strong")!.TextContent);
        Assert.Equal("addin.local-disk 1.0.0", row.QuerySelector("small.muted")!.TextContent);
        Assert.Equal("Active", row.QuerySelector(".status-active")!.TextContent);
        Assert.Equal("local-disk", row.QuerySelector("td:nth-child(3) code")!.TextContent);
        Assert.Equal("MediaStore", row.QuerySelector("td:nth-child(3) small")!.TextContent);
        Assert.Empty(row.QuerySelectorAll(".problem"));
    }

    [Fact]
    public void Directory_IsShown()
    {
        var cut = RenderPage();

        Assert.Equal("/srv/addin/plugins", cut.Find("main p.muted code").TextContent);
        Assert.Empty(cut.FindAll("tbody tr"));
    }
}
