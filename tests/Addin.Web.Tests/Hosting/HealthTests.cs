using System.Net;
using System.Text.Json;
using Addin.Testing;

namespace Addin.Web.Tests.Hosting;

public sealed class HealthTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Health_OnDefaults_ReportsEachPartHealthy()
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };

        using var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = json.RootElement.GetProperty("checks");
        foreach (string part in new[] { "database", "media-store", "job-engine", "plugins", "ffmpeg" })
        {
            Assert.Equal("Healthy", checks.GetProperty(part).GetProperty("status").GetString());
        }

        Assert.Equal("Active", checks.GetProperty("plugins").GetProperty("data").GetProperty("addin.folder").GetString());
    }
}
