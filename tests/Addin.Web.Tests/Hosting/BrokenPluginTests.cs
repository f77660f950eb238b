using System.Net;
using System.Text.Json;
using Addin.Testing;

namespace Addin.Web.Tests.Hosting;

/// <summary>A bad plugin next to the good ones: Addin starts without it and says why, on /health and the plugins page.</summary>
public sealed class BrokenPluginTests : IAsyncLifetime
{
    private readonly TempDirectory plugins = new("addin-plugins");
    private AddinApp app = null!;

    public async Task InitializeAsync()
    {
        foreach (string folder in Directory.GetDirectories(RepoPaths.Plugins))
        {
            CopyFolder(folder, plugins.Combine(Path.GetFileName(folder)));
        }

        string broken = plugins.Combine("Contoso.Broken");
        Directory.CreateDirectory(broken);
        await File.WriteAllTextAsync(Path.Combine(broken, "plugin.json"), """
            { "id": "contoso.broken", "name": "Broken", "version": "1.0.0", "description": "Needs a newer Addin.",
              "sdk": "^2.0", "assembly": "Contoso.Broken.dll",
              "providers": [ { "id": "contoso-store", "kind": "media-store", "factory": "Contoso.Broken.StoreFactory",
                               "displayName": "Contoso store", "description": "A store.", "settingsSchema": { "type": "object" } } ] }
            """);
        app = await AddinApp.StartAsync(overrides: new Dictionary<string, string?> { ["Addin:Plugins:Directory"] = plugins.Path });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        plugins.Dispose();
    }

    [Fact]
    public async Task Health_WithABrokenPlugin_IsDegradedAndNamesIt()
    {
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        using var json = JsonDocument.Parse(await client.GetStringAsync("/health"));

        var plugin = json.RootElement.GetProperty("checks").GetProperty("plugins");
        Assert.Equal("Degraded", plugin.GetProperty("status").GetString());
        Assert.Contains("Contoso.Broken", plugin.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Active", plugin.GetProperty("data").GetProperty("addin.folder").GetString());
    }

    [Fact]
    public async Task PluginsPage_ForReviewer_ShowsTheProblemWithItsFix_AndOthersCannotOpenIt()
    {
        using var browser = app.CreateBrowser();
        var reviewer = await browser.LaunchAsync("reviewer");
        var student = await browser.LaunchAsync("student");

        using var page = await browser.GetAsync(reviewer.WithToken("/app/admin/plugins"));
        using var refused = await browser.GetAsync(student.WithToken("/app/admin/plugins"));
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("contoso.broken", html, StringComparison.Ordinal);
        Assert.Contains("/sdk", html, StringComparison.Ordinal);
        Assert.Contains("Fix:", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Launch_WithABrokenPlugin_StillWorks()
    {
        using var browser = app.CreateBrowser();

        var launch = await browser.LaunchAsync("instructor");

        using var page = await browser.GetAsync(launch.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
