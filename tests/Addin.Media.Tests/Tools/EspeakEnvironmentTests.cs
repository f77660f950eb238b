using Addin.Media.Tools;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Tools;

public sealed class EspeakEnvironmentTests
{
    private readonly EspeakEnvironment _environment = new(NullLogger<EspeakEnvironment>.Instance);

    [Fact]
    public async Task CheckAsync_Installed_ReportsVersion()
    {
        var status = await _environment.CheckAsync(EspeakEnvironment.DefaultExecutable, CancellationToken.None);

        Assert.True(status.IsReady, string.Join("; ", status.Problems));
        Assert.Matches(@"^\d+\.\d+", status.Version);
    }

    [Fact]
    public async Task CheckAsync_Missing_ReportsInstallHint()
    {
        var status = await _environment.CheckAsync("/nonexistent/espeak-ng", CancellationToken.None);

        Assert.Null(status.Version);
        Assert.Equal(["espeak-ng was not found at '/nonexistent/espeak-ng'; install it with apt-get install espeak-ng."], status.Problems);
    }
}
