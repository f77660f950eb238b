using System.Globalization;
using Addin.Core.Briefs;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Cli;

/// <summary><c>./addin digest --platform KEY --student USER [--days 7] [--timezone ZONE]</c>: prints a student's parent digest (approved recaps only) as HTML.</summary>
internal static class DigestCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        string? platform = options["platform"], student = options["student"];
        int days = int.TryParse(options["days"] ?? "7", NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is > 0 and <= 366 ? d : -1;
        if (platform is null || student is null || days < 0 || !TimeZoneInfo.TryFindSystemTimeZoneById(options["timezone"] ?? "UTC", out var zone))
        {
            await output.WriteLineAsync("Usage: ./addin digest --platform KEY --student LMS-USER-ID-OR-EMAIL [--days 1-366] [--timezone Europe/London]");
            return 2;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        long? studentId = await db.People.Where(p => p.Platform!.Key == platform && (p.Subject == student || p.Email == student))
            .Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (studentId is null)
        {
            await output.WriteLineAsync($"✗ no person '{student}' on platform '{platform}'.");
            return 1;
        }

        var since = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-days);
        await output.WriteLineAsync(await scope.ServiceProvider.GetRequiredService<ParentDigest>().RenderAsync(studentId.Value, since, zone, cancellationToken));
        return 0;
    }
}
