using Addin.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace Addin.Web.Pipeline;

/// <summary>Asks every platform's recording source for new recordings every <see cref="PipelineOptions.PollInterval"/>.</summary>
public sealed partial class SourcePollingService(
    IServiceScopeFactory scopes,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<SourcePollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                int created = await scope.ServiceProvider.GetRequiredService<SourcePoller>().PollAllAsync(stoppingToken);
                if (created > 0)
                {
                    LogFound(logger, created);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Found {Count} new recordings")]
    private static partial void LogFound(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling the recording sources failed")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
