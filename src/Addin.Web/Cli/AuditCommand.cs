using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Cli;

/// <summary><c>./addin audit export --institution SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD]</c>: the institution's audit log as CSV on standard output.</summary>
internal static class AuditCommand
{
    public static async Task<int> ExportAsync(string[] args, IConfiguration options, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        string? institution = options["institution"];
        if (string.IsNullOrWhiteSpace(institution))
        {
            await errors.WriteLineAsync("Name the institution: ./addin audit export --institution SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD] > audit.csv");
            return 2;
        }

        if (!TryDate(options["from"], out var from) || !TryDate(options["to"], out var to))
        {
            await errors.WriteLineAsync("--from and --to are days written YYYY-MM-DD, e.g. --from 2026-09-01.");
            return 2;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var found = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == institution, cancellationToken);
        if (found is null)
        {
            var slugs = await db.Institutions.AsNoTracking().OrderBy(i => i.Slug).Select(i => i.Slug).ToListAsync(cancellationToken);
            await errors.WriteLineAsync($"No institution '{institution}'. The institutions are: {string.Join(", ", slugs.DefaultIfEmpty("none"))}.");
            return 1;
        }

        var filter = new AuditFilter(found.Id) { From = from, To = to };
        await AuditCsv.WriteAsync(scope.ServiceProvider.GetRequiredService<AuditSearch>().AllAsync(filter), output, cancellationToken);
        return 0;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        bool ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }
}
