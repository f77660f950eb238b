using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Addin.Web.Manifests;

namespace Addin.Web.Tests.Teams;

/// <summary>The tab pages over HTTP: framed by Teams only, scripts from Addin itself, and the live app package.</summary>
public sealed class TeamsTabPageTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    [Theory]
    [InlineData("/teams/tab", "tab")]
    [InlineData("/teams/configure", "configure")]
    public async Task TabPages_MayBeFramedByTeamsOnly_AndLoadTheTeamsLibraryFromAddin(string path, string mode)
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync(path);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://res.cdn.office.net;", csp, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/lib/teams-js/MicrosoftTeams.min.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/teams-tab.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains($"data-teams-page=\"{mode}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-content-url=\"{new Uri(fixture.App.BaseUrl, "/teams/tab")}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherPages_KeepTheirOwnFrameAncestors()
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync("/demo");

        string csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith("frame-ancestors *", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("teams.microsoft.com", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsLibrary_IsServedWithItsLicence()
    {
        using var client = fixture.Client();

        using var script = await client.GetAsync("/lib/teams-js/MicrosoftTeams.min.js");
        using var licence = await client.GetAsync("/lib/teams-js/LICENSE");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("microsoftTeams", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(script.Content.Headers.ContentLength < 300_000, "the vendored library should be the minified UMD bundle");
        Assert.True(File.Exists(Path.Combine(Addin.Testing.RepoPaths.Root, "src", "Addin.Web", "wwwroot", "lib", "teams-js", "LICENSE")));
        Assert.NotEqual(HttpStatusCode.InternalServerError, licence.StatusCode);
    }

    [Fact]
    public async Task AppPackage_ForThisInstallation_HasItsUrlsClientIdAndIcons_AndIsValid()
    {
        using var client = fixture.Client();

        using var response = await client.GetAsync("/lti/config/teams-app.zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        string manifest = await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync();
        var json = JsonNode.Parse(manifest)!;
        Assert.Equal(TeamsFixture.ClientId, json["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal(fixture.Resource, json["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal(new Uri(fixture.App.BaseUrl, "/teams/tab").ToString(), json["staticTabs"]![0]!["contentUrl"]!.GetValue<string>());
        Assert.Empty(TeamsSchema.Problems(TeamsSchema.Load(TeamsManifest.ManifestVersion), manifest));
        using var icon = new MemoryStream();
        await zip.GetEntry("outline.png")!.Open().CopyToAsync(icon);
        Assert.Equal((32, 32), (PngFile.Read(icon.ToArray()).Width, PngFile.Read(icon.ToArray()).Height));
    }
}
