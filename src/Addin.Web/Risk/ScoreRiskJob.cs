using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Risk;
using Addin.Web.Plugins;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Risk;

/// <summary>
/// The recurring job: scores the students of every platform's active courses with the platform's risk model, stores the
/// assessments and tells instructors of students who entered high risk. Students already assessed today are skipped,
/// so a second run on the same day (or a second worker) stores nothing and alerts nobody twice.
/// </summary>
public sealed partial class ScoreRiskJob(
    AddinDbContext db, PlatformProviders providers, StudentSignalsLoader signals, RiskScorer scorer, RiskAlerts alerts, ILogger<ScoreRiskJob> logger)
{
    public const string RecurringJobId = "risk-scoring";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [JobDisplayName("Score every active course's students for risk")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var platforms = await db.Platforms.AsNoTracking().Select(p => new { p.Id, p.Key }).ToListAsync(cancellationToken);
        foreach (var platform in platforms)
        {
            ResolvedProvider<Sdk.Risk.IRiskModel> model;
            try
            {
                model = await providers.GetRiskModelAsync(platform.Id, cancellationToken);
            }
            catch (ProviderUnavailableException ex)
            {
                // One platform's broken model must not stop the others' scoring; the plugins page shows the cause.
                LogNoModel(logger, platform.Key, ex.Message);
                continue;
            }

            var scoring = await scorer.ScoreDueTodayAsync(await signals.LoadAsync(platform.Id, cancellationToken), model.Provider, model.ProviderId, cancellationToken);
            LogScored(logger, platform.Key, scoring.Levels.Values.Sum(), model.ProviderId, scoring.EnteredHigh);
        }

        await alerts.SendPendingAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scored {Count} students of platform {Platform} with {Model}; {EnteredHigh} entered high risk")]
    private static partial void LogScored(ILogger logger, string platform, int count, string model, int enteredHigh);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk scoring skipped platform {Platform}: {Reason}")]
    private static partial void LogNoModel(ILogger logger, string platform, string reason);
}
