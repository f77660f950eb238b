using Addin.Testing;
using Addin.Web.Cli;

namespace Addin.Web.Tests.Cli;

/// <summary><c>./addin platforms</c> against a real database: register, list, refuse bad input naming the option, remove.</summary>
public sealed class PlatformsCommandTests : IDisposable
{
    private readonly TempDirectory data = new("addin-cli-data");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task AddThenListThenRemove_WorksOnTheConfiguredDatabase()
    {
        using var output = new StringWriter();

        int added = await Run(output, "platforms", "add", "--key", "canvas-test", "--name", "Canvas", "--institution", "Springfield School",
            "--issuer", "https://canvas.test.instructure.com", "--client-id", "10000000000001",
            "--auth-url", "https://sso.test.canvaslms.com/api/lti/authorize_redirect", "--jwks-url", "https://sso.test.canvaslms.com/api/lti/security/jwks",
            "--token-url", "https://sso.test.canvaslms.com/login/oauth2/token", "--deployment", "1:abc,2:def");
        int listed = await Run(output, "platforms", "list");
        int removed = await Run(output, "platforms", "remove", "canvas-test");

        string text = output.ToString();
        Assert.Equal((0, 0, 0), (added, listed, removed));
        Assert.Contains("Registered 'canvas-test'", text, StringComparison.Ordinal);
        Assert.Contains("deployments 1:abc, 2:def", text, StringComparison.Ordinal);
        Assert.Contains("Removed 'canvas-test'.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_WithMissingAndInsecureValues_ExitsOneNamingThem()
    {
        using var output = new StringWriter();

        int missing = await Run(output, "platforms", "add", "--key", "x");
        int insecure = await Run(output, "platforms", "add", "--key", "moodle", "--name", "Moodle", "--institution", "School",
            "--issuer", "http://moodle.example.org", "--client-id", "abc", "--auth-url", "http://moodle.example.org/mod/lti/auth.php",
            "--jwks-url", "https://moodle.example.org/mod/lti/certs.php", "--deployment", "1");

        string text = output.ToString();
        Assert.Equal((1, 1), (missing, insecure));
        Assert.Contains("--client-id is required.", text, StringComparison.Ordinal);
        Assert.Contains("issuer 'http://moodle.example.org' must be the LMS's https URL", text, StringComparison.Ordinal);
        Assert.Contains("authorization URL 'http://moodle.example.org/mod/lti/auth.php' must be an absolute https URL", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SetsTheMode_ListShowsIt_AndABadModeOrKeyChangesNothing()
    {
        using var output = new StringWriter();
        await Run(output, "platforms", "add", "--key", "canvas-test", "--name", "Canvas", "--institution", "Springfield School",
            "--issuer", "https://canvas.test.instructure.com", "--client-id", "10000000000001",
            "--auth-url", "https://sso.test.canvaslms.com/api/lti/authorize_redirect", "--jwks-url", "https://sso.test.canvaslms.com/api/lti/security/jwks",
            "--deployment", "1:abc");

        int badMode = await Run(output, "platforms", "import", "canvas-test", "some");
        int badKey = await Run(output, "platforms", "import", "nope", "opt-in");
        int set = await Run(output, "platforms", "import", "canvas-test", "opt-in");
        int listed = await Run(output, "platforms", "list");

        string text = output.ToString();
        Assert.Equal((1, 1, 0, 0), (badMode, badKey, set, listed));
        Assert.Contains("'some' is not a mode: use all-courses", text, StringComparison.Ordinal);
        Assert.Contains("No platform has the key 'nope'", text, StringComparison.Ordinal);
        Assert.Contains("'canvas-test' now imports only the recordings of courses whose teacher switched automatic import on", text, StringComparison.Ordinal);
        Assert.Contains("automatic import: opt-in", text, StringComparison.Ordinal);
    }

    private Task<int> Run(TextWriter output, params string[] args)
    {
        // Configuration as command-line options: environment variables would leak into other tests.
        return CliApp.RunAsync([.. args, "--Addin:DataDirectory", data.Path, "--Addin:Plugins:Directory", RepoPaths.Plugins, "--Addin:EnableDemo", "false"], output);
    }
}
