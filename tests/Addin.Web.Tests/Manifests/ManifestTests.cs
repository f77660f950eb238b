using System.Net;
using System.Text.Json;
using Addin.Testing;
using Addin.Web.Cli;
using Addin.Web.Tests.Teams;

namespace Addin.Web.Tests.Manifests;

/// <summary>The LMS configurations in manifests/ match what Addin generates, and the live ones point at routes that answer.</summary>
public sealed class ManifestTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task CommittedManifests_MatchTheGeneratorForTheExampleUrl()
    {
        foreach (var file in ManifestsCommand.Generate(new Uri(ManifestsCommand.ExampleBaseUrl)))
        {
            byte[] committed = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "manifests", file.Path));
            bool same = file.IsPng
                ? PngFile.Read(committed).SamePixels(PngFile.Read(file.Content)) // any zlib may have compressed them
                : committed.AsSpan().SequenceEqual(file.Content);
            Assert.True(same, $"manifests/{file.Path} is out of date: run ./addin manifests");
        }
    }

    [Fact]
    public async Task CanvasConfiguration_ForThisInstallation_HasItsUrlsAndPlacements()
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };

        using var json = JsonDocument.Parse(await client.GetStringAsync("/lti/config/canvas.json"));

        var root = json.RootElement;
        Assert.Equal(new Uri(fixture.App.BaseUrl, "/lti/login").ToString(), root.GetProperty("oidc_initiation_url").GetString());
        Assert.Equal(new Uri(fixture.App.BaseUrl, "/lti/jwks").ToString(), root.GetProperty("public_jwk_url").GetString());
        var placements = root.GetProperty("extensions")[0].GetProperty("settings").GetProperty("placements").EnumerateArray()
            .ToDictionary(p => p.GetProperty("placement").GetString()!, p => p.GetProperty("message_type").GetString());
        Assert.Equal("LtiResourceLinkRequest", placements["course_navigation"]);
        Assert.Equal("LtiDeepLinkingRequest", placements["link_selection"]);
        Assert.Equal("$Context.id.history", root.GetProperty("custom_fields").GetProperty("context_id_history").GetString());
    }

    [Fact]
    public async Task MoodleConfiguration_UrlsPointAtRoutesThatAnswer()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseUrl };
        using var json = JsonDocument.Parse(await client.GetStringAsync("/lti/config/moodle.json"));
        var manual = json.RootElement.GetProperty("manual");

        using var login = await client.GetAsync(manual.GetProperty("Initiate login URL").GetString());
        using var launch = await client.PostAsync(manual.GetProperty("Redirection URI(s)").GetString(), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Contains("LTI_MISSING_LOGIN_PARAMETER", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.NotFound, launch.StatusCode);
        Assert.Equal(new Uri(fixture.App.BaseUrl, "/lti/register").ToString(), json.RootElement.GetProperty("dynamicRegistrationUrl").GetString());
    }
}
