using Addin.Testing;
using Addin.Web.Cli;

namespace Addin.Web.Tests.Cli;

/// <summary><c>./addin retention policy set|clear|show</c> and <c>./addin retention run</c> on a real database, and clear answers to bad input.</summary>
public sealed class RetentionCommandTests : IDisposable
{
    private readonly TempDirectory data = new("addin-cli-retention");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task PolicySet_ThenShow_ThenDryRun_PrintTheirWords()
    {
        using var output = new StringWriter();
        Assert.Equal(0, await AddPlatformAsync(output));

        int set = await Run(output, "retention", "policy", "set", "--platform", "lms", "--delete-after", "365", "--tier", "cool", "--tier-after", "30");
        using var shown = new StringWriter();
        int show = await Run(shown, "retention", "policy", "show");
        using var run = new StringWriter();
        int dry = await Run(run, "retention", "run", "--dry-run");

        Assert.Equal((0, 0, 0), (set, show, dry));
        Assert.Contains("Set the platform 'lms' policy (move to Cool after 30 days, delete after 365 days).", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("platform 'lms' policy (move to Cool after 30 days, delete after 365 days)", shown.ToString().Trim());
        Assert.Contains("Dry run: nothing was changed.", run.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 notices, 0 deletions, 0 moves, 0 spared by keep, 0 spared by legal hold.", run.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_ExitsNonZeroAndSaysWhatToDo()
    {
        using var output = new StringWriter();
        await AddPlatformAsync(output);

        int notANumber = await Run(output, "retention", "policy", "set", "--platform", "lms", "--delete-after", "a year");
        int badTier = await Run(output, "retention", "policy", "set", "--platform", "lms", "--tier", "Glacier", "--tier-after", "30");
        int unknownPlatform = await Run(output, "retention", "policy", "set", "--platform", "nowhere", "--delete-after", "30");
        int unknownCourse = await Run(output, "retention", "policy", "set", "--platform", "lms", "--course", "bio", "--delete-after", "30");
        int clearWithoutCourse = await Run(output, "retention", "policy", "clear", "--platform", "lms");

        Assert.Equal((2, 2, 1, 1, 2), (notANumber, badTier, unknownPlatform, unknownCourse, clearWithoutCourse));
        string text = output.ToString();
        Assert.Contains("--delete-after 'a year' is not a whole number of days (for example --delete-after 365). Nothing was changed.", text, StringComparison.Ordinal);
        Assert.Contains("'Glacier' is not a storage tier; use one of Cool, Cold, Archive. Nothing was changed.", text, StringComparison.Ordinal);
        Assert.Contains("No platform 'nowhere'.", text, StringComparison.Ordinal);
        Assert.Contains("No course 'bio' on platform 'lms'.", text, StringComparison.Ordinal);
        Assert.Contains("Name the course whose own policy to remove", text, StringComparison.Ordinal);
    }

    private Task<int> AddPlatformAsync(TextWriter output) =>
        Run(output, "platforms", "add", "--key", "lms", "--name", "LMS", "--institution", "Springfield School", "--issuer", "https://lms.example",
            "--client-id", "c1", "--auth-url", "https://lms.example/auth", "--jwks-url", "https://lms.example/jwks", "--deployment", "d1");

    private Task<int> Run(TextWriter output, params string[] args) =>
        CliApp.RunAsync([.. args, "--Addin:DataDirectory", data.Path, "--Addin:Plugins:Directory", RepoPaths.Plugins, "--Addin:EnableDemo", "false"], output);
}
