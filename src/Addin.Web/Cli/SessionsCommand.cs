using Addin.Core.Sessions;

namespace Addin.Web.Cli;

/// <summary><c>./addin sessions import FILE.csv</c>: schedules sessions from CSV, one result line per CSV line.</summary>
internal static class SessionsCommand
{
    public static async Task<int> ImportAsync(string[] args, string path, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"✗ {path}: no such file. Give a CSV with the header {string.Join(',', SessionCsvImport.Columns)}.");
            return 1;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        IReadOnlyList<SessionImportLine> lines;
        try
        {
            using var reader = new StreamReader(path);
            lines = await scope.ServiceProvider.GetRequiredService<SessionCsvImport>().ImportAsync(reader, cancellationToken);
        }
        catch (FormatException ex)
        {
            await output.WriteLineAsync($"✗ {path}: {ex.Message}");
            return 1;
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line.Problems.Count == 0
                ? $"✓ line {line.Line}: {line.Scheduled} session(s) scheduled"
                : $"✗ line {line.Line}: {string.Join(" ", line.Problems)}");
        }

        int failed = lines.Count(l => l.Problems.Count > 0);
        await output.WriteLineAsync($"{lines.Sum(l => l.Scheduled)} session(s) scheduled from {lines.Count - failed} line(s); {failed} line(s) with problems.");
        return failed == 0 ? 0 : 1;
    }
}
