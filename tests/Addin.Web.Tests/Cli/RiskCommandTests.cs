using System.Text.RegularExpressions;
using Addin.Testing;
using Addin.Web.Cli;

namespace Addin.Web.Tests.Cli;

/// <summary>
/// <c>./addin import activity</c> and <c>./addin risk</c> on a real database with the built plugins: a generated history
/// imported (twice), the trained model compared with the rules, saved, and used to assess everyone.
/// </summary>
public sealed partial class RiskCommandTests : IDisposable
{
    private readonly TempDirectory data = new("addin-cli-risk");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task ImportThenEvaluateTrainAndScore_OnAGeneratedHistory_TheTrainedModelBeatsTheRules()
    {
        using var output = new StringWriter();
        string csv = data.Combine("history.csv");
        Assert.Equal(0, await Run(output, "platforms", "add", "--key", "lms", "--name", "LMS", "--institution", "School", "--issuer", "https://lms.example",
            "--client-id", "c1", "--auth-url", "https://lms.example/auth", "--jwks-url", "https://lms.example/jwks", "--deployment", "d1"));
        Assert.Equal(0, await Run(output, "risk", "generate", "--out", csv, "--students", "600", "--weeks", "10", "--seed", "4"));

        int imported = await Run(output, "import", "activity", csv);
        int again = await Run(output, "import", "activity", csv);
        int evaluated = await Run(output, "risk", "evaluate");
        int trained = await Run(output, "risk", "train", "--out", data.Combine("risk", "model.zip"));
        int scored = await Run(output, "risk", "score", "--Addin:Providers:RiskModel:0", "mlnet-risk");

        string text = output.ToString();
        Assert.Equal((0, 0, 0, 0, 0), (imported, again, evaluated, trained, scored));
        Assert.Matches(@"Imported 24600 rows into 'lms': 24600 new, 0 corrected, 0 already stored\.", text);
        Assert.Contains("Imported 24600 rows into 'lms': 0 new, 0 corrected, 24600 already stored.", text, StringComparison.Ordinal);
        Assert.Contains("Calibration at week 10", text, StringComparison.Ordinal);
        var verdict = Verdict().Match(text);
        Assert.True(verdict.Success, text);
        Assert.True(double.Parse(verdict.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0.05, verdict.Value);
        Assert.Matches(@"Assessed 600 students of 'lms' with 'mlnet-risk': \d+ high, \d+ medium, \d+ low\. \d+ entered high risk", text);
    }

    [Fact]
    public async Task Import_ABadRow_ExitsOneNamingLineColumnAndFix_AndStoresTheGoodRows()
    {
        using var output = new StringWriter();
        await Run(output, "platforms", "add", "--key", "lms", "--name", "LMS", "--institution", "School", "--issuer", "https://lms.example",
            "--client-id", "c1", "--auth-url", "https://lms.example/auth", "--jwks-url", "https://lms.example/jwks", "--deployment", "d1");
        string csv = data.Combine("bad.csv");
        await File.WriteAllTextAsync(csv, "student,course,date,kind,value\ns1,alg,2026-09-07,attendance,1\ns1,alg,2026-9-7,attendance,1\n");

        int exit = await Run(output, "import", "activity", csv);
        int missing = await Run(output, "import", "activity", data.Combine("nope.csv"));
        int train = await Run(output, "risk", "train", "--out", data.Combine("model.zip"));

        string text = output.ToString();
        Assert.Equal((1, 1, 1), (exit, missing, train));
        Assert.Contains("line 3, column date: '2026-9-7' is not a date. Write it as YYYY-MM-DD, for example 2026-09-14.", text, StringComparison.Ordinal);
        Assert.Contains("Imported 1 rows into 'lms': 1 new", text, StringComparison.Ordinal);
        Assert.Contains("nope.csv does not exist.", text, StringComparison.Ordinal);
        Assert.Contains("'lms' has 0 students with an outcome", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"'mlnet-risk' beats 'rule-risk' by ([0-9.]+) AUC on average over 10 weeks")]
    private static partial Regex Verdict();

    private Task<int> Run(TextWriter output, params string[] args) =>
        CliApp.RunAsync([.. args, "--Addin:DataDirectory", data.Path, "--Addin:Plugins:Directory", RepoPaths.Plugins, "--Addin:EnableDemo", "false"], output);
}
