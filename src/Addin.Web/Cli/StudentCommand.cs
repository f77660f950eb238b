using System.Globalization;
using System.Text.Json;
using Addin.Core.Audit;
using Addin.Core.Compliance;
using Addin.Core.Persistence;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin student export|erase INSTITUTION LMS-ID</c>: the subject-access export (one JSON file) and the erasure
/// (asks to confirm unless <c>--yes</c>; prints what it did per kind, and media it could not delete).
/// </summary>
internal static class StudentCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> ExportAsync(string[] args, string institution, string lmsId, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        string? folder = options["out"];
        if (string.IsNullOrWhiteSpace(folder))
        {
            await output.WriteLineAsync("Name a folder for the export: ./addin student export INSTITUTION LMS-ID --out FOLDER");
            return 2;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var student = await FindAsync(scope.ServiceProvider, institution, lmsId, output, cancellationToken);
        if (student is null)
        {
            return 1;
        }

        var document = await scope.ServiceProvider.GetRequiredService<StudentExport>().BuildAsync(student, cancellationToken);
        Directory.CreateDirectory(folder);
        string path = Path.Combine(Path.GetFullPath(folder), $"student-{FileSafe(institution)}-{FileSafe(lmsId)}.json");
        await using (var file = File.Create(path))
        {
            await JsonSerializer.SerializeAsync(file, document, Json, cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(
            new AuditRecord(AuditActions.ExportStudent, "person", student.People[0].Id.ToString(CultureInfo.InvariantCulture), Allowed: true)
            {
                PlatformId = student.People[0].PlatformId,
                Origin = AuditOrigin.CommandLine,
                Detail = $"by {Operator} to {path}",
            },
            cancellationToken);
        await output.WriteLineAsync($"Wrote {path}: {document.Profiles.Count} profiles, {document.Enrollments.Count} enrollments, {document.Sessions.Count} sessions, "
            + $"{document.SpokenLines.Count} spoken lines, {document.RecapsMentioningThem.Count} recap versions and {document.BriefsMentioningThem.Count} briefs naming them, {document.Activity.Count} activity rows, "
            + $"{document.RiskHistory.Count} risk assessments, {document.AuditEntries.Count} audit entries.");
        return 0;
    }

    public static async Task<int> EraseAsync(string[] args, string institution, string lmsId, bool confirmed, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = await CliHost.StartWithDatabaseAndPluginsAsync(args, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var student = await FindAsync(scope.ServiceProvider, institution, lmsId, output, cancellationToken);
        if (student is null)
        {
            return 1;
        }

        if (!confirmed)
        {
            await output.WriteLineAsync($"This erases {string.Join(", ", student.People.Select(p => p.DisplayName))} ({lmsId}) from '{institution}' for good. Type the LMS id to go on:");
            if (await input.ReadLineAsync(cancellationToken) != lmsId)
            {
                await output.WriteLineAsync("Nothing was erased.");
                return 1;
            }
        }

        var report = await scope.ServiceProvider.GetRequiredService<StudentErasure>().EraseAsync(student, new ErasureRequester(Operator, null, AuditOrigin.CommandLine), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ErasedMediaDeleter>().DeleteAsync(report, cancellationToken);
        await output.WriteLineAsync($"Erased {lmsId} from '{institution}':");
        foreach (string line in report.Lines())
        {
            await output.WriteLineAsync(line);
        }

        return report.MediaFailures.Count == 0 ? 0 : 1;
    }

    private static async Task<InstitutionStudent?> FindAsync(IServiceProvider services, string institution, string lmsId, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            return await StudentLookup.FindAsync(services.GetRequiredService<AddinDbContext>(), institution, lmsId, cancellationToken);
        }
        catch (StudentNotFoundException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return null;
        }
    }

    /// <summary>Who ran the command, as the audit log names them: the account on this machine.</summary>
    private static string Operator => $"{Environment.UserName}@{Environment.MachineName} (./addin student)";

    private static string FileSafe(string text) => string.Concat(text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
