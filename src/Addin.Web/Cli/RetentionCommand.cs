using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Retention;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin retention policy set|clear|show</c> and <c>./addin retention run [--dry-run]</c>: the policies, and the
/// run that applies them with its report (each step, its recording and why, and what keep or legal hold spared).
/// </summary>
internal static class RetentionCommand
{
    public static async Task<int> SetPolicyAsync(string[] args, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!TryDays(options, "delete-after", output, out int? deleteAfter) || !TryDays(options, "tier-after", output, out int? tierAfter))
        {
            return 2;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var scopeIds = await ScopeAsync(db, options, output, cancellationToken);
        if (scopeIds is not { } ids)
        {
            return 1;
        }

        RetentionPolicy policy;
        try
        {
            policy = await scope.ServiceProvider.GetRequiredService<RetentionPolicies>().SetAsync(ids.PlatformId, ids.CourseId, deleteAfter, tierAfter, options["tier"], cancellationToken);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync($"{ex.Message.Split(" (Parameter", 2)[0]} Nothing was changed.");
            return 2;
        }

        string described = policy.Describe(ids.Scope);
        await AuditAsync(scope.ServiceProvider, ids.PlatformId, $"set {described}", cancellationToken);
        await output.WriteLineAsync($"Set the {described}.");
        return 0;
    }

    public static async Task<int> ClearPolicyAsync(string[] args, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        if (options["course"] is null)
        {
            await output.WriteLineAsync("Name the course whose own policy to remove: ./addin retention policy clear --platform KEY --course KEY");
            return 2;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        if (await ScopeAsync(db, options, output, cancellationToken) is not { CourseId: { } courseId } ids)
        {
            return 1;
        }

        bool removed = await scope.ServiceProvider.GetRequiredService<RetentionPolicies>().ClearCourseAsync(ids.PlatformId, courseId, cancellationToken);
        if (removed)
        {
            await AuditAsync(scope.ServiceProvider, ids.PlatformId, $"cleared {ids.Scope} policy", cancellationToken);
        }

        await output.WriteLineAsync(removed ? $"Removed the {ids.Scope} policy; its platform's applies again." : $"The {ids.Scope} has no policy of its own; nothing was changed.");
        return 0;
    }

    public static async Task<int> ShowPoliciesAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<RetentionPolicies>().AllAsync(cancellationToken);
        if (all.All.Count == 0)
        {
            await output.WriteLineAsync("No retention policy: recordings are kept until someone deletes them.");
        }

        foreach (var policy in all.All)
        {
            await output.WriteLineAsync(policy.Description);
        }

        return 0;
    }

    public static async Task<int> RunAsync(string[] args, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = await CliHost.StartWithDatabaseAndPluginsAsync(args, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<RetentionRun>().RunAsync(dryRun, AuditOrigin.CommandLine, cancellationToken);
        await output.WriteLineAsync(dryRun ? "Dry run: nothing was changed. A run would:" : "Retention run:");
        foreach (var item in report.Items)
        {
            string step = Describe(item.Step, dryRun);
            await output.WriteLineAsync(item.Problem is null
                ? $"  {step} recording {item.RecordingId} \"{item.Title}\" ({item.Course}): {item.Why}"
                : $"✗ {step} recording {item.RecordingId} \"{item.Title}\" ({item.Course}) failed: {item.Problem} ({item.Why})");
        }

        await output.WriteLineAsync(
            $"{report.Count(RetentionStep.Notice)} notices, {report.Count(RetentionStep.Delete)} deletions, {report.Count(RetentionStep.Move)} moves, " +
            $"{report.Count(RetentionStep.SparedByKeep)} spared by keep, {report.Count(RetentionStep.SparedByLegalHold)} spared by legal hold.");
        return report.Items.Any(i => i.Problem is not null) ? 1 : 0;
    }

    private static string Describe(RetentionStep step, bool dryRun) => (step, dryRun) switch
    {
        (RetentionStep.Notice, false) => "told the instructors about",
        (RetentionStep.Notice, true) => "tell the instructors about",
        (RetentionStep.Delete, false) => "deleted",
        (RetentionStep.Delete, true) => "delete",
        (RetentionStep.Move, false) => "moved",
        (RetentionStep.Move, true) => "move",
        (RetentionStep.SparedByKeep, _) => "kept (marked to keep)",
        _ => "kept (legal hold)",
    };

    private static async Task<PolicyScope?> ScopeAsync(AddinDbContext db, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        var platform = await CliPlatform.FindAsync(db, options["platform"], output, cancellationToken);
        if (platform is null)
        {
            return null;
        }

        if (options["course"] is not { } courseKey)
        {
            return new PolicyScope(platform.Id, null, $"platform '{platform.Key}'");
        }

        long? courseId = await db.Courses.Where(c => c.PlatformId == platform.Id && c.Key == courseKey).Select(c => (long?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (courseId is null)
        {
            await output.WriteLineAsync($"No course '{courseKey}' on platform '{platform.Key}'. Launch Addin from the course once so it exists, or check the key on its course page.");
            return null;
        }

        return new PolicyScope(platform.Id, courseId, $"course '{courseKey}' (platform '{platform.Key}')");
    }

    private static bool TryDays(IConfiguration options, string name, TextWriter output, out int? days)
    {
        days = null;
        if (options[name] is not { } text)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            days = value;
            return true;
        }

        output.WriteLine($"--{name} '{text}' is not a whole number of days (for example --{name} 365). Nothing was changed.");
        return false;
    }

    private static Task AuditAsync(IServiceProvider services, long platformId, string detail, CancellationToken cancellationToken) =>
        services.GetRequiredService<AuditLog>().RecordAsync(
            new AuditRecord(AuditActions.RetentionPolicySet, "platform", platformId.ToString(CultureInfo.InvariantCulture), Allowed: true)
            {
                PlatformId = platformId,
                Origin = AuditOrigin.CommandLine,
                Detail = $"by {Environment.UserName}@{Environment.MachineName} (./addin retention): {detail}",
            },
            cancellationToken);

    private sealed record PolicyScope(long PlatformId, long? CourseId, string Scope);
}
