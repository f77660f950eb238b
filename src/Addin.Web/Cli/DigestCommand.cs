using System.Globalization;
using Addin.Core.Briefs;
using Addin.Core.Persistence;
using Addin.Web.Briefs;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin digest --platform KEY --student USER [--days 7] [--timezone ZONE]</c>: prints a student's parent digest (recaps
/// approved in those days) as HTML. <c>./addin digest send [--dry-run]</c>: sends every parent the digest due now.
/// </summary>
internal static class DigestCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        string? platform = options["platform"], student = options["student"];
        int days = int.TryParse(options["days"] ?? "7", NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is > 0 and <= 366 ? d : -1;
        if (platform is null || student is null || days < 0 || !TimeZoneInfo.TryFindSystemTimeZoneById(options["timezone"] ?? "UTC", out var zone))
        {
            await output.WriteLineAsync("Usage: ./addin digest --platform KEY --student LMS-USER-ID-OR-EMAIL [--days 1-366] [--timezone Europe/London]  |  ./addin digest send [--dry-run]");
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

        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var digest = await scope.ServiceProvider.GetRequiredService<ParentDigest>().ComposeAsync(studentId.Value, now.AddDays(-days), now, zone, cancellationToken);
        await output.WriteLineAsync(digest!.Html);
        return 0;
    }

    /// <summary>Sends (or with <paramref name="dryRun"/> lists) the digest due to each parent now: recaps approved since their last one.</summary>
    public static async Task<int> SendAsync(string[] args, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = await CliHost.StartWithDatabaseAndPluginsAsync(args, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var delivery = scope.ServiceProvider.GetRequiredService<ParentDigestDelivery>();
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (dryRun)
        {
            var due = await delivery.PreviewAsync(now, cancellationToken);
            foreach (var digest in due)
            {
                await output.WriteLineAsync($"would send to {digest.Email} ({digest.ParentName}): {Describe(digest)}");
            }

            await output.WriteLineAsync(due.Count == 0 ? "Nothing new for any parent; nothing would be sent." : $"{due.Count} digest(s) would be sent; nothing was sent (--dry-run).");
            return 0;
        }

        IReadOnlyList<(DueDigest Digest, string? Error)> outcomes;
        try
        {
            outcomes = await delivery.SendAsync(now, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            await output.WriteLineAsync($"✗ {ex.Message}");
            return 1;
        }

        foreach (var (digest, error) in outcomes)
        {
            await output.WriteLineAsync(error is null
                ? $"✓ sent to {digest.Email} ({digest.ParentName}): {Describe(digest)}"
                : $"✗ not sent to {digest.Email} ({digest.ParentName}): {error} Run the command again to retry.");
        }

        if (outcomes.Count == 0)
        {
            await output.WriteLineAsync("Nothing new for any parent; nothing sent.");
        }

        return outcomes.Any(o => o.Error is not null) ? 1 : 0;
    }

    private static string Describe(DueDigest digest) =>
        string.Join(", ", digest.Children.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.StudentName} ({c.Recaps.Count} recap{(c.Recaps.Count == 1 ? "" : "s")})")));
}
