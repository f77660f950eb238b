using Addin.Testing;
using Addin.Web.Cli;

namespace Addin.Web.Tests.Cli;

/// <summary><c>./addin templates</c>, <c>sessions import</c> and <c>digest</c> against a real database: bad input exits 1 (or 2) saying what and where.</summary>
public sealed class BriefCommandsTests : IDisposable
{
    private readonly TempDirectory data = new("addin-cli-briefs");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task TemplatesSet_ABrokenTemplateIsRefusedWithLineAndColumn_AGoodOneIsUsed_AndResetGoesBack()
    {
        using var output = new StringWriter();
        await Run(output, "platforms", "add", "--key", "lms", "--name", "LMS", "--institution", "School", "--issuer", "https://lms.example.test",
            "--client-id", "c", "--auth-url", "https://lms.example.test/auth", "--jwks-url", "https://lms.example.test/jwks", "--deployment", "1");
        string broken = data.Combine("broken.liquid"), good = data.Combine("good.liquid");
        await File.WriteAllTextAsync(broken, "<h1>{{ brief.SessionTitle }}</h1>\n{% for s in brief.Students %}");
        await File.WriteAllTextAsync(good, "<h1>{{ brief.SessionTitle }}</h1>");

        int refused = await Run(output, "templates", "set", "lms", "brief", broken);
        int unknownPlatform = await Run(output, "templates", "set", "nope", "brief", good);
        int saved = await Run(output, "templates", "set", "lms", "brief", good);
        int reset = await Run(output, "templates", "reset", "lms", "brief");

        string text = output.ToString();
        Assert.Equal((1, 1, 0, 0), (refused, unknownPlatform, saved, reset));
        Assert.Matches(@"✗ .*broken\.liquid: line \d+, column \d+: ", text);
        Assert.Contains("✗ no platform 'nope'", text, StringComparison.Ordinal);
        Assert.Contains("'lms' now uses", text, StringComparison.Ordinal);
        Assert.Contains("'lms' uses Addin's own 'brief' template again.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionsImport_ReportsEachBadLine_AndABadHeader_AndDigestWithoutItsOptionsShowsUsage()
    {
        using var output = new StringWriter();
        string csv = data.Combine("sessions.csv"), header = data.Combine("header.csv");
        await File.WriteAllTextAsync(csv, "course,title,start,end,duration,timezone,recurrence,instructor,substitute\nnone,Lesson,2027-01-11 17:00,18:00,,Europe/London,,,\n");
        await File.WriteAllTextAsync(header, "course,title\nx,y\n");

        int lines = await Run(output, "sessions", "import", csv);
        int badHeader = await Run(output, "sessions", "import", header);
        int missing = await Run(output, "sessions", "import", data.Combine("missing.csv"));
        int digest = await Run(output, "digest");

        string text = output.ToString();
        Assert.Equal((1, 1, 1, 2), (lines, badHeader, missing, digest));
        Assert.Contains("✗ line 2: course 'none' is not known", text, StringComparison.Ordinal);
        Assert.Contains("header.csv: line 1: the header lacks start, timezone, end or duration", text, StringComparison.Ordinal);
        Assert.Contains("missing.csv: no such file", text, StringComparison.Ordinal);
        Assert.Contains("Usage: ./addin digest --platform KEY --student", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestSend_DryRunWithNothingNew_SendsNothing_AndWithoutANotifierSaysWhichSettingToSet()
    {
        using var output = new StringWriter();

        int dryRun = await Run(output, "digest", "send", "--dry-run");
        int send = await Run(output, "digest", "send");

        string text = output.ToString();
        Assert.Equal((0, 1), (dryRun, send));
        Assert.Contains("Nothing new for any parent; nothing would be sent.", text, StringComparison.Ordinal);
        Assert.Contains("✗ Addin:Digests:Notifier is not set, so parent digests are not sent; set it to a notifier id such as \"smtp\".", text, StringComparison.Ordinal);
    }

    private Task<int> Run(TextWriter output, params string[] args) =>
        CliApp.RunAsync([.. args, "--Addin:DataDirectory", data.Path, "--Addin:Plugins:Directory", RepoPaths.Plugins, "--Addin:EnableDemo", "false"], output);
}
