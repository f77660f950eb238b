using Addin.Core.Audit;
using Addin.Core.Institutions;
using Addin.Core.Pipeline;
using Addin.Web.Pages;
using Addin.Web.Plugins;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin platforms add|list|remove|import</c>: LMS registrations by hand (Dynamic Registration does the same from the
/// LMS), and which courses' recordings a platform imports automatically.
/// </summary>
internal static class PlatformsCommand
{
    public const string AddUsage = """
        ./addin platforms add --key canvas --name "Canvas" --institution "Springfield School" \
            --issuer https://canvas.instructure.com --client-id 10000000000001 \
            --auth-url https://sso.canvaslms.com/api/lti/authorize_redirect \
            --jwks-url https://sso.canvaslms.com/api/lti/security/jwks \
            --token-url https://sso.canvaslms.com/login/oauth2/token \
            [--authorization-server https://canvas.instructure.com] --deployment 1:8865aa05b4b79b64a91a86042e43af5ea8ae79eb
        """;

    public static async Task<int> AddAsync(string[] args, IConfiguration options, TextWriter output)
    {
        var missing = new[] { "key", "name", "institution", "issuer", "client-id", "auth-url", "jwks-url", "deployment" }
            .Where(o => string.IsNullOrWhiteSpace(options[o])).ToList();
        var urls = new[] { "auth-url", "jwks-url", "token-url" }
            .Where(o => options[o] is { } value && !Uri.TryCreate(value, UriKind.Absolute, out _)).ToList();
        if (missing.Count > 0 || urls.Count > 0)
        {
            foreach (string option in missing)
            {
                await output.WriteLineAsync($"--{option} is required.");
            }

            foreach (string option in urls)
            {
                await output.WriteLineAsync($"--{option} '{options[option]}' is not an absolute URL.");
            }

            await output.WriteLineAsync("Usage:\n" + AddUsage);
            return 1;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var (platform, problems) = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().RegisterAsync(new PlatformRegistrationRequest
        {
            Key = options["key"]!,
            Name = options["name"]!,
            InstitutionName = options["institution"]!,
            Issuer = options["issuer"]!,
            ClientId = options["client-id"]!,
            AuthorizationEndpoint = new Uri(options["auth-url"]!),
            JwksUri = new Uri(options["jwks-url"]!),
            TokenEndpoint = options["token-url"] is { } token ? new Uri(token) : null,
            AuthorizationServer = options["authorization-server"],
            DeploymentIds = options["deployment"]!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        }, CancellationToken.None);

        if (platform is null)
        {
            foreach (string problem in problems)
            {
                await output.WriteLineAsync("✗ " + problem);
            }

            return 1;
        }

        await output.WriteLineAsync($"Registered '{platform.Key}' ({platform.Issuer}, client {platform.ClientId}). A running Addin uses it at the next launch.");
        return 0;
    }

    public static async Task<int> ListAsync(string[] args, TextWriter output)
    {
        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var platforms = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().ListAsync(CancellationToken.None);
        foreach (var p in platforms)
        {
            await output.WriteLineAsync($"{p.Key,-16} {p.Name} ({p.Institution?.Name})");
            await output.WriteLineAsync($"    issuer {p.Issuer}  client {p.ClientId}  deployments {string.Join(", ", p.Deployments.Select(d => d.DeploymentId))}");
            await output.WriteLineAsync($"    automatic import: {AutomaticImportEndpoints.ModeName(p.AutomaticImport)}");
        }

        await output.WriteLineAsync($"{platforms.Count} platform(s).");
        return 0;
    }

    public static async Task<int> RemoveAsync(string[] args, string key, TextWriter output)
    {
        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        string? problem = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().RemoveAsync(key, CancellationToken.None);
        await output.WriteLineAsync(problem is null ? $"Removed '{key}'." : "✗ " + problem);
        return problem is null ? 0 : 1;
    }

    /// <summary><c>platforms import KEY all-courses|opt-in</c>: which courses' recordings the platform's automatic sources import.</summary>
    public static async Task<int> SetImportAsync(string[] args, string key, string mode, TextWriter output)
    {
        if (AutomaticImportEndpoints.ParseMode(mode) is not { } chosen)
        {
            await output.WriteLineAsync($"'{mode}' is not a mode: use all-courses (import every course's recordings) or opt-in (only courses whose teacher switched automatic import on).");
            return 1;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (await services.GetRequiredService<AutomaticImportChoices>().SetPlatformAsync(null, key, chosen, CancellationToken.None) is not { } platformId)
        {
            await output.WriteLineAsync($"✗ No platform has the key '{key}' (./addin platforms list shows them).");
            return 1;
        }

        await services.GetRequiredService<AuditLog>().RecordAsync(new AuditRecord(AuditActions.PlatformAutomaticImport, "platform", key, Allowed: true)
        {
            PlatformId = platformId,
            Origin = AuditOrigin.CommandLine,
            Detail = $"by {Environment.UserName}@{Environment.MachineName} (./addin platforms import): {mode}",
        }, CancellationToken.None);
        await output.WriteLineAsync(chosen == AutomaticImport.OptInPerCourse
            ? $"'{key}' now imports only the recordings of courses whose teacher switched automatic import on; the others are listed as not imported, to import with one click."
            : $"'{key}' now imports every course's recordings.");
        return 0;
    }
}
