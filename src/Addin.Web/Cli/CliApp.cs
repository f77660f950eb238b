using Addin.PluginHost;
using Addin.Web.Configuration;

namespace Addin.Web.Cli;

/// <summary>
/// The admin verbs of <c>./addin</c> that need Addin's code: <c>plugins list</c>, <c>plugins validate [path]</c>,
/// <c>migrate</c>, <c>transcripts wer</c>, <c>recap</c>, <c>import activity|attendance</c>, <c>risk</c>, <c>sessions import</c>, <c>templates set|reset</c>, <c>digest [send]</c>, <c>audit export</c>, <c>student export|erase</c>, <c>retention policy|run</c>. Configuration comes from the same appsettings.json and environment variables as the server.
/// </summary>
public static class CliApp
{
    private static readonly string[] Verbs = ["plugins", "platforms", "migrate", "manifests", "transcripts", "recap", "import", "risk", "sessions", "templates", "digest", "audit", "student", "retention", "help"];

    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args) => await RunAsync(args, Console.Out);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        // A bare flag: left in, the configuration would read the next option as its value.
        bool yes = args.Contains("--yes");
        bool dryRun = args.Contains("--dry-run");
        args = [.. args.Where(a => a is not ("--yes" or "--dry-run"))];
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray())
            .Build();
        var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        return positional switch
        {
            ["plugins", "list"] => await PluginCommands.ListAsync(PluginsDirectory(configuration), output, cancel.Token),
            ["plugins", "validate"] => await PluginCommands.ValidateAsync(PluginsDirectory(configuration), output, cancel.Token),
            ["plugins", "validate", var path] => await PluginCommands.ValidateAsync(path, output, cancel.Token),
            ["platforms", "add"] => await PlatformsCommand.AddAsync(args, configuration, output),
            ["platforms", "list"] => await PlatformsCommand.ListAsync(args, output),
            ["platforms", "remove", var key] => await PlatformsCommand.RemoveAsync(args, key, output),
            ["platforms", "import", var key, var mode] => await PlatformsCommand.SetImportAsync(args, key, mode, output),
            ["migrate"] => await MigrateCommand.RunAsync(args, output),
            ["manifests"] => await ManifestsCommand.RunAsync(configuration, output),
            ["transcripts", "wer", var audio, var reference] => await TranscriptsCommand.WerAsync(args, audio, reference, output, cancel.Token),
            ["recap", var transcript] => await RecapCommand.RunAsync(transcript, configuration, output, cancel.Token),
            ["import", "activity", var csv] => await ActivityImportCommand.RunAsync(args, csv, configuration, output, cancel.Token),
            ["import", "attendance", var report] => await AttendanceImportCommand.RunAsync(args, report, configuration, output, cancel.Token),
            ["risk", "generate"] => await RiskCommand.GenerateAsync(configuration, output),
            ["risk", "train"] => await RiskCommand.TrainAsync(args, configuration, output, cancel.Token),
            ["risk", "evaluate"] => await RiskCommand.EvaluateAsync(args, configuration, output, cancel.Token),
            ["risk", "score"] => await RiskCommand.ScoreAsync(args, configuration, output, cancel.Token),
            ["sessions", "import", var csv] => await SessionsCommand.ImportAsync(args, csv, output, cancel.Token),
            ["templates", "set", var platform, var name, var file] => await TemplatesCommand.SetAsync(args, platform, name, file, output, cancel.Token),
            ["templates", "reset", var platform, var name] => await TemplatesCommand.ResetAsync(args, platform, name, output, cancel.Token),
            ["digest"] => await DigestCommand.RunAsync(args, configuration, output, cancel.Token),
            ["digest", "send"] => await DigestCommand.SendAsync(args, dryRun, output, cancel.Token),
            ["audit", "export"] => await AuditCommand.ExportAsync(args, configuration, output, Console.Error, cancel.Token),
            ["student", "export", var institution, var lmsId] => await StudentCommand.ExportAsync(args, institution, lmsId, configuration, output, cancel.Token),
            ["student", "erase", var institution, var lmsId] => await StudentCommand.EraseAsync(args, institution, lmsId, yes, Console.In, output, cancel.Token),
            ["retention", "policy", "set"] => await RetentionCommand.SetPolicyAsync(args, configuration, output, cancel.Token),
            ["retention", "policy", "clear"] => await RetentionCommand.ClearPolicyAsync(args, configuration, output, cancel.Token),
            ["retention", "policy", "show"] => await RetentionCommand.ShowPoliciesAsync(args, output, cancel.Token),
            ["retention", "run"] => await RetentionCommand.RunAsync(args, dryRun, output, cancel.Token),
            _ => Usage(),
        };
    }

    private static string PluginsDirectory(IConfiguration configuration) =>
        configuration[$"{PluginOptions.SectionName}:{nameof(PluginOptions.Directory)}"] ?? new PluginOptions().Directory;

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Usage (through ./addin):
              plugins list               List the plugins found, their status and providers.
              plugins validate [path]    Validate plugin.json files (a plugins folder or one plugin's folder); exit code 1 on any problem.
              platforms add --key … --issuer … --client-id … --auth-url … --jwks-url … [--token-url …] --deployment … --name … --institution …
                                         Register an LMS by hand.
              platforms list             The registered LMSs.
              platforms remove KEY       Remove a registration that has no courses.
              platforms import KEY all-courses|opt-in
                                         Import every course's meeting recordings, or only those of courses whose teacher opted in.
              migrate                    Apply database migrations and exit.
              manifests [--base-url URL] [--teams-client-id GUID] [--out folder]
                                         Write the Canvas and Moodle configurations and the Teams app package files for an installation's URL.
              transcripts wer AUDIO REFERENCE [--engine ID]...
                                         Transcribe AUDIO with each engine named (default: every installed one that can run here) and
                                         print each one's word error rate against REFERENCE (.txt or .vtt) and its real-time factor.
              recap <transcript.vtt|.json> [--curriculum plan.csv] [--summariser ID]
                                         Draft a recap of a transcript, check its evidence, print it as JSON.
              import activity <file.csv> [--platform KEY]
                                         Import activity history (student,course,date,kind,value); bad rows are listed and skipped.
              import attendance <report.json> --course CONTEXT-ID [--session ID] [--platform KEY]
                                         Store a Microsoft Teams attendance report (Graph JSON) as the attendance of a session.
              risk train --out model.zip [--platform KEY] [--model mlnet-risk]
                                         Train a risk model on the students with an outcome and save it.
              risk evaluate [--platform KEY] [--model mlnet-risk] [--baseline rule-risk]
                                         Train on 70% of the history, compare with the rule-based model on the rest, week by week.
              risk score [--platform KEY]
                                         Assess every student with the platform's risk model, store it, alert instructors of new high risk.
              risk generate --out history.csv [--students 600] [--weeks 12] [--seed 1]
                                         Write a generated history with a known pattern, to try the risk commands.
              sessions import FILE.csv   Schedule sessions from CSV (course,title,start,end,duration,timezone,recurrence,instructor,substitute).
              templates set PLATFORM NAME FILE
                                         Use FILE as the platform's brief or parent-digest template (refused with line and column if broken).
              templates reset PLATFORM NAME
                                         Go back to Addin's own template.
              digest --platform KEY --student USER [--days 7] [--timezone ZONE]
                                         Print a student's parent digest (recaps approved in those days only) as HTML.
              digest send [--dry-run]    Send each parent the digest of their children's recaps approved since their last one
                                         (through Addin:Digests:Notifier); --dry-run lists who would get what and sends nothing.
              audit export --institution SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                         Write the institution's audit log as CSV to standard output.
              student export INSTITUTION LMS-ID --out FOLDER
                                         Write everything Addin holds about a student as one JSON file.
              student erase INSTITUTION LMS-ID [--yes]
                                         Erase a student (asks to confirm unless --yes) and print what was done per kind.
              retention policy set --platform KEY [--course KEY] [--delete-after DAYS] [--tier Cool|Cold|Archive --tier-after DAYS]
                                         Set the platform's retention policy, or a course's own.
              retention policy clear --platform KEY --course KEY
                                         Remove a course's own policy (its platform's applies again).
              retention policy show      List the policies.
              retention run [--dry-run]  Send notices, delete and move what the policies say, and print why; --dry-run changes nothing.
            """);
        return 2;
    }
}
