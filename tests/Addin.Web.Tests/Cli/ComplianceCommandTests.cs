using Addin.Testing;
using Addin.Web.Cli;

namespace Addin.Web.Tests.Cli;

/// <summary><c>./addin audit export</c> and <c>./addin student export|erase</c> on a real database: the CSV, and clear answers to bad input.</summary>
public sealed class ComplianceCommandTests : IDisposable
{
    private readonly TempDirectory data = new("addin-cli-compliance");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task AuditExport_WritesTheInstitutionsLogAsCsv()
    {
        using var output = new StringWriter();
        Assert.Equal(0, await Run(output, "platforms", "add", "--key", "lms", "--name", "LMS", "--institution", "Springfield School", "--issuer", "https://lms.example",
            "--client-id", "c1", "--auth-url", "https://lms.example/auth", "--jwks-url", "https://lms.example/jwks", "--deployment", "d1"));
        using var csv = new StringWriter();

        int exit = await Run(csv, "audit", "export", "--institution", "springfield-school", "--from", "2026-01-01");

        Assert.Equal(0, exit);
        Assert.StartsWith("id,at,actor,actor_lms_id,action,target_type,target_id,allowed,remote_address,platform,detail,channel,user_agent", csv.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_ExitsNonZeroAndSaysWhatToDo()
    {
        using var output = new StringWriter();
        await Run(output, "platforms", "add", "--key", "lms", "--name", "LMS", "--institution", "Springfield School", "--issuer", "https://lms.example",
            "--client-id", "c1", "--auth-url", "https://lms.example/auth", "--jwks-url", "https://lms.example/jwks", "--deployment", "d1");

        int noInstitution = await Run(output, "audit", "export");
        int badDate = await Run(output, "audit", "export", "--institution", "springfield-school", "--from", "1/9/2026");
        int noFolder = await Run(output, "student", "export", "springfield-school", "sub-1");
        int unknownInstitution = await Run(output, "student", "erase", "nowhere", "sub-1", "--yes");
        int unknownStudent = await Run(output, "student", "export", "springfield-school", "sam@school.example", "--out", data.Combine("out"));

        Assert.Equal((2, 2, 2, 1, 1), (noInstitution, badDate, noFolder, unknownInstitution, unknownStudent));
        string text = output.ToString();
        Assert.Contains("Name a folder for the export: ./addin student export INSTITUTION LMS-ID --out FOLDER", text, StringComparison.Ordinal);
        Assert.Contains("No institution 'nowhere'. The institutions are: springfield-school.", text, StringComparison.Ordinal);
        Assert.Contains("No one with LMS id 'sam@school.example' in 'springfield-school': the id is the LTI 'sub' the LMS sends (not a name or email).", text, StringComparison.Ordinal);
    }

    private Task<int> Run(TextWriter output, params string[] args) =>
        CliApp.RunAsync([.. args, "--Addin:DataDirectory", data.Path, "--Addin:Plugins:Directory", RepoPaths.Plugins, "--Addin:EnableDemo", "false"], output);
}
