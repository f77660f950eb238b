using System.Globalization;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Risk;
using Addin.Sdk.Risk;
using Addin.Web.Configuration;
using Addin.Web.Plugins;
using Addin.Web.Risk;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin risk train|evaluate|score|generate</c>: trains a risk model on the platform's history (students with an
/// <c>outcome</c> row), compares it with the rule-based model, assesses every student and alerts instructors, or writes
/// a generated history to try it all on.
/// </summary>
internal static class RiskCommand
{
    private const string TrainedModel = "mlnet-risk";

    public static async Task<int> GenerateAsync(IConfiguration options, TextWriter output)
    {
        if (options["out"] is not { Length: > 0 } path)
        {
            await output.WriteLineAsync("Name the CSV to write with --out, for example ./addin risk generate --out history.csv [--students 600] [--weeks 12] [--seed 1].");
            return 2;
        }

        int students = options.GetValue("students", 600), weeks = options.GetValue("weeks", 12), seed = options.GetValue("seed", 1);
        if (students < 1 || weeks < 2)
        {
            await output.WriteLineAsync("--students must be 1 or more and --weeks 2 or more.");
            return 2;
        }

        await using (var csv = new StreamWriter(path))
        {
            RiskHistoryGenerator.WriteCsv(RiskHistoryGenerator.Generate(students, weeks, seed), csv);
        }

        await output.WriteLineAsync($"Wrote a generated history of {students} students over {weeks} weeks (seed {seed}) to {path}. Import it with ./addin import activity {path}.");
        return 0;
    }

    public static async Task<int> TrainAsync(string[] args, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        if (options["out"] is not { Length: > 0 } path)
        {
            await output.WriteLineAsync("Name the model file to write with --out, for example ./addin risk train --out .data/risk/model.zip.");
            return 2;
        }

        await using var app = await CliHost.StartWithDatabaseAndPluginsAsync(args, cancellationToken);
        var (history, trainer, modelId) = await HistoryAndTrainerAsync(app, options, output, cancellationToken);
        if (trainer is null)
        {
            return 1;
        }

        var model = await trainer.TrainAsync(history, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using (var file = File.Create(path))
        {
            await model.SaveAsync(file, cancellationToken);
        }

        await output.WriteLineAsync($"Trained '{modelId}' on {history.Count} students ({history.Count(h => h.Failed)} failed) and saved it to {path}.");
        await output.WriteLineAsync($"Use it: set {ProviderDefaultsOptions.SectionName}:Settings:{modelId}:modelPath to that file and {ProviderDefaultsOptions.SectionName}:RiskModel:0 to {modelId}.");
        return 0;
    }

    public static async Task<int> EvaluateAsync(string[] args, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = await CliHost.StartWithDatabaseAndPluginsAsync(args, cancellationToken);
        var (history, trainer, modelId) = await HistoryAndTrainerAsync(app, options, output, cancellationToken);
        if (trainer is null)
        {
            return 1;
        }

        string baselineId = options["baseline"] ?? ProviderDefaultsOptions.DefaultRiskModel;
        var baseline = app.Services.GetRequiredService<PlatformProviders>().CreateConfiguredRiskModel(baselineId);
        var (train, test) = RiskEvaluation.Split(history);
        var trained = await trainer.TrainAsync(train, cancellationToken);
        var weeks = await RiskEvaluation.CompareAsync(trained, baseline, test, cancellationToken);
        await RiskEvaluationReport.WriteAsync(output, modelId, baselineId, train.Count, weeks);
        return 0;
    }

    public static async Task<int> ScoreAsync(string[] args, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = await CliHost.StartWithDatabaseAndPluginsAsync(args, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var platform = await CliPlatform.FindAsync(services.GetRequiredService<AddinDbContext>(), options["platform"], output, cancellationToken);
        if (platform is null)
        {
            return 1;
        }

        var model = await services.GetRequiredService<PlatformProviders>().GetRiskModelAsync(platform.Id, cancellationToken);
        var signals = await services.GetRequiredService<StudentSignalsLoader>().LoadAsync(platform.Id, cancellationToken);
        var scoring = await services.GetRequiredService<RiskScorer>().ScoreAsync(
            signals, model.Provider, model.ProviderId, new ConsoleProgressBar("Scoring", signals.Students.Count(s => s.Weeks.Count > 0)), cancellationToken);
        int told = await services.GetRequiredService<RiskAlerts>().SendPendingAsync(cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Assessed {scoring.Levels.Values.Sum()} students of '{platform.Key}' with '{model.ProviderId}': " +
            $"{scoring.Levels.GetValueOrDefault(RiskLevel.High)} high, {scoring.Levels.GetValueOrDefault(RiskLevel.Medium)} medium, {scoring.Levels.GetValueOrDefault(RiskLevel.Low)} low. " +
            $"{scoring.EnteredHigh} entered high risk; the instructors of {told} course(s) were told."));
        return 0;
    }

    private static async Task<(IReadOnlyList<LabelledSignals>, IRiskModelTrainer?, string)> HistoryAndTrainerAsync(
        WebApplication app, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        string modelId = options["model"] ?? TrainedModel;
        await using var scope = app.Services.CreateAsyncScope();
        var platform = await CliPlatform.FindAsync(scope.ServiceProvider.GetRequiredService<AddinDbContext>(), options["platform"], output, cancellationToken);
        if (platform is null)
        {
            return ([], null, modelId);
        }

        IRiskModel model;
        try
        {
            model = app.Services.GetRequiredService<PlatformProviders>().CreateConfiguredRiskModel(modelId);
        }
        catch (ProviderUnavailableException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return ([], null, modelId);
        }

        if (model is not IRiskModelTrainer trainer)
        {
            await output.WriteLineAsync($"The risk model '{modelId}' does not learn from history; name one that does with --model (for example {TrainedModel}).");
            return ([], null, modelId);
        }

        var history = (await scope.ServiceProvider.GetRequiredService<StudentSignalsLoader>().LoadAsync(platform.Id, cancellationToken)).Labelled();
        int failed = history.Count(h => h.Failed);
        if (failed == 0 || failed == history.Count)
        {
            await output.WriteLineAsync(
                $"'{platform.Key}' has {history.Count} students with an outcome, {failed} of whom failed: training needs both students who passed and who failed. " +
                "Import outcome rows (1 passed, 0 failed or dropped out) with ./addin import activity.");
            return ([], null, modelId);
        }

        return (history, trainer, modelId);
    }
}
