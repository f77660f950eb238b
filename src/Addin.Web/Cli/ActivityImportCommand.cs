using Addin.Core.Persistence;
using Addin.Core.Risk;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin import activity &lt;csv&gt; [--platform KEY]</c>: imports an institution's activity history. Rows that are
/// wrong are listed with their line, column and fix and skipped; the good rows are stored (importing the corrected file
/// again stores nothing twice). The exit code is 1 when any row was skipped.
/// </summary>
internal static class ActivityImportCommand
{
    private const int ProblemsShown = 20;

    public static async Task<int> RunAsync(string[] args, string path, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"{Path.GetFullPath(path)} does not exist.");
            return 1;
        }

        IReadOnlyList<ActivityRow> rows;
        IReadOnlyList<ActivityProblem> problems;
        try
        {
            using var reader = new StreamReader(path);
            (rows, problems) = ActivityCsv.Read(reader);
        }
        catch (FormatException ex)
        {
            await output.WriteLineAsync($"{path}: {ex.Message} Nothing was imported.");
            return 1;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var platform = await CliPlatform.FindAsync(scope.ServiceProvider.GetRequiredService<AddinDbContext>(), options["platform"], output, cancellationToken);
        if (platform is null)
        {
            return 1;
        }

        foreach (var problem in problems.Take(ProblemsShown))
        {
            await output.WriteLineAsync($"✗ {path} {problem}");
        }

        if (problems.Count > ProblemsShown)
        {
            await output.WriteLineAsync($"✗ … and {problems.Count - ProblemsShown} more rows with problems.");
        }

        var imported = await scope.ServiceProvider.GetRequiredService<ActivityImporter>()
            .ImportAsync(platform.Id, rows, new ConsoleProgressBar("Importing", rows.Count), cancellationToken);
        await output.WriteLineAsync(
            $"Imported {rows.Count} rows into '{platform.Key}': {imported.Added} new, {imported.Changed} corrected, {imported.Unchanged} already stored.");
        if (problems.Count > 0)
        {
            await output.WriteLineAsync($"{problems.Count} rows were skipped. Fix them and import the file again: rows already stored are not counted twice.");
            return 1;
        }

        return 0;
    }
}
