using System.Text.Json.Nodes;
using Addin.Testing;
using Addin.Web.Cli;
using Addin.Web.Manifests;
using Addin.Web.Teams;

namespace Addin.Web.Tests.Teams;

/// <summary>The Teams app package in manifests/teams: valid against Microsoft's schema, in step with the generator, with the icons Teams requires.</summary>
public sealed class TeamsManifestTests
{
    private static readonly Uri Example = new(ManifestsCommand.ExampleBaseUrl);

    private static string Committed(string file) => File.ReadAllText(Path.Combine(RepoPaths.Root, "manifests", "teams", file));

    [Fact]
    public void CommittedManifest_ValidatesAgainstTheTeamsSchemaOfItsVersion()
    {
        string manifest = Committed("manifest.json");
        string version = JsonNode.Parse(manifest)!["manifestVersion"]!.GetValue<string>();

        var problems = TeamsSchema.Problems(TeamsSchema.Load(version), manifest);

        Assert.True(problems.Count == 0, "manifests/teams/manifest.json is invalid:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Manifest_UsesTheNewestSchemaWeHave_AndPointsAtIt()
    {
        var manifest = JsonNode.Parse(Committed("manifest.json"))!;

        string newest = TeamsSchema.Versions[^1].ToString();
        Assert.True(newest == TeamsManifest.ManifestVersion, $"Schema v{newest} is the newest in tests/fixtures/teams: move TeamsManifest.ManifestVersion to it.");
        Assert.Equal(newest, manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{newest}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void CommittedManifest_HasTheTabsDomainAndSingleSignOnApp()
    {
        var manifest = JsonNode.Parse(Committed("manifest.json"))!;

        var configurable = manifest["configurableTabs"]!.AsArray().Single()!;
        Assert.Equal("https://addin.example.edu/teams/configure", configurable["configurationUrl"]!.GetValue<string>());
        Assert.Equal(["team", "groupChat"], configurable["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var personal = manifest["staticTabs"]!.AsArray().Single()!;
        Assert.Equal("My recordings", personal["name"]!.GetValue<string>());
        Assert.Equal("https://addin.example.edu/teams/tab", personal["contentUrl"]!.GetValue<string>());
        Assert.Equal(["personal"], personal["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["addin.example.edu"], manifest["validDomains"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(TeamsOptions.PlaceholderClientId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://addin.example.edu/{TeamsOptions.PlaceholderClientId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.True(Guid.TryParse(manifest["id"]!.GetValue<string>(), out _));
    }

    [Fact]
    public void Manifest_ForAnInstallation_CarriesItsClientIdAndHost_AndStaysValid()
    {
        var teams = new TeamsOptions { ClientId = "6a1b2c3d-0000-4000-8000-0000000000aa" };
        var school = new Uri("https://recordings.school.example");

        string manifest = Generated(school, teams);
        var json = JsonNode.Parse(manifest)!;

        Assert.Empty(TeamsSchema.Problems(TeamsSchema.Load(TeamsManifest.ManifestVersion), manifest));
        Assert.Equal("6a1b2c3d-0000-4000-8000-0000000000aa", json["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal("api://recordings.school.example/6a1b2c3d-0000-4000-8000-0000000000aa", json["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal(["recordings.school.example"], json["validDomains"]!.AsArray().Select(s => s!.GetValue<string>()));

        // The app id is stable per host (Teams knows an app by it) and differs between installations.
        Assert.Equal(json["id"]!.GetValue<string>(), JsonNode.Parse(Generated(school, new TeamsOptions()))!["id"]!.GetValue<string>());
        Assert.NotEqual(json["id"]!.GetValue<string>(), JsonNode.Parse(Generated(Example, teams))!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("id", "\"not-a-guid\"", "/id")]
    [InlineData("accentColor", "\"blue\"", "/accentColor")]
    [InlineData("manifestVersion", "\"1.17\"", "/manifestVersion")]
    [InlineData("configurableTabs", "[{\"configurationUrl\":\"https://x.example/c\",\"scopes\":[\"personal\"]}]", "/configurableTabs/0/scopes/0")]
    [InlineData("staticTabs", "[{\"name\":\"no entity id\",\"scopes\":[\"personal\"]}]", "/staticTabs/0")]
    [InlineData("name", "{\"short\":\"A short name that is far too long for Teams\"}", "/name/short")]
    [InlineData("webApplicationInfo", "{\"resource\":\"api://x\"}", "/webApplicationInfo")]
    [InlineData("developer", null, "")]
    public void SchemaEvaluation_RefusesBrokenManifests_NamingWhere(string property, string? json, string location)
    {
        var manifest = JsonNode.Parse(Committed("manifest.json"))!.AsObject();
        manifest.Remove(property);
        if (json is not null)
        {
            manifest[property] = JsonNode.Parse(json);
        }

        var problems = TeamsSchema.Problems(TeamsSchema.Load(TeamsManifest.ManifestVersion), manifest.ToJsonString());

        Assert.Contains(problems, p => p.StartsWith(location + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void HelloWorldSample_FromMicrosoft_ValidatesAgainstV117_OnceItsPlaceholdersAreFilled()
    {
        // A real manifest from OfficeDev's samples, proving the draft-07 evaluation of a draft-04 schema accepts what Microsoft ships.
        string sample = File.ReadAllText(RepoPaths.Fixture("teams", "manifest.hello-world-tab-with-backend.json"))
            .Replace("${{TEAMS_APP_ID}}", "2b4c6d8e-0000-4000-8000-000000000001", StringComparison.Ordinal)
            .Replace("${{AAD_APP_CLIENT_ID}}", "2b4c6d8e-0000-4000-8000-000000000002", StringComparison.Ordinal)
            .Replace("${{TAB_ENDPOINT}}", "https://tab.example.com", StringComparison.Ordinal)
            .Replace("${{TAB_DOMAIN}}", "tab.example.com", StringComparison.Ordinal)
            .Replace("${{APP_NAME_SUFFIX}}", "", StringComparison.Ordinal);

        Assert.Empty(TeamsSchema.Problems(TeamsSchema.Load("1.17"), sample));
        Assert.Contains(TeamsSchema.Problems(TeamsSchema.Load("1.17"), sample.Replace("2b4c6d8e-0000-4000-8000-000000000001", "${{TEAMS_APP_ID}}", StringComparison.Ordinal)),
            p => p.StartsWith("/id:", StringComparison.Ordinal));
    }

    [Fact]
    public void ColorIcon_Is192Square_Opaque()
    {
        var png = PngFile.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "manifests", "teams", "color.png")));

        Assert.Equal((192, 192, 8, 6), (png.Width, png.Height, png.BitDepth, png.ColorType));
        Assert.All(Alphas(png), a => Assert.Equal(255, a));
    }

    [Fact]
    public void OutlineIcon_Is32Square_WhiteOnTransparent()
    {
        var png = PngFile.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "manifests", "teams", "outline.png")));

        Assert.Equal((32, 32, 8, 6), (png.Width, png.Height, png.BitDepth, png.ColorType));
        for (int i = 0; i < png.Rgba.Length; i += 4)
        {
            Assert.True(png.Rgba[i] == 255 && png.Rgba[i + 1] == 255 && png.Rgba[i + 2] == 255, $"pixel {i / 4} is not white");
        }

        Assert.Contains(0, Alphas(png));
        Assert.Contains(255, Alphas(png));
        Assert.Equal(0, png.Rgba[3]); // the corner is transparent
    }

    [Fact]
    public void Icons_AreTheGeneratorsPixels()
    {
        Assert.True(PngFile.Read(TeamsIcons.Color()).SamePixels(PngFile.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "manifests", "teams", "color.png")))));
        Assert.True(PngFile.Read(TeamsIcons.Outline()).SamePixels(PngFile.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "manifests", "teams", "outline.png")))));
        Assert.Equal(TeamsIcons.ColorPixels(), PngFile.Read(TeamsIcons.Color()).Rgba);
    }

    private static IEnumerable<int> Alphas(PngFile png) => png.Rgba.Where((_, i) => i % 4 == 3).Select(a => (int)a);

    private static string Generated(Uri baseUrl, TeamsOptions teams) =>
        System.Text.Encoding.UTF8.GetString(ManifestsCommand.Generate(baseUrl, teams).Single(f => f.Path.EndsWith("manifest.json", StringComparison.Ordinal)).Content);
}
