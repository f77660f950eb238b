using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Sdk.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Addin.Core.Pipeline;

/// <summary>
/// Runs a recording through its stages, from the stage it is at, in <see cref="PipelineOrder"/>: ingest → store →
/// probe → transcript → translations → renditions → recap → ready.
/// Each stage's result is saved before the next starts, so a retry or a restart resumes where it stopped and
/// never repeats finished work. Bad input fails at once with its reason; other failures are retried by the job
/// engine until <see cref="PipelineOptions.MaxAttempts"/>, then the recording is marked failed.
/// </summary>
public sealed partial class RecordingPipeline(
    AddinDbContext db,
    IDbContextFactory<AddinDbContext> contexts,
    IEnumerable<IPipelineStage> stages,
    IPlatformProviders providers,
    IRecordingOutcomeAlerts alerts,
    IOptions<PipelineOptions> options,
    PipelinePaths paths,
    TimeProvider time,
    ILogger<RecordingPipeline> logger)
{
    private readonly IReadOnlyList<IPipelineStage> ordered = stages.OrderBy(s => PipelineOrder.Position(s.Stage)).ToList();

    /// <summary>Runs the remaining stages. Throws (so the job engine retries) when a transient failure may yet pass.</summary>
    /// <param name="recordingId">The recording.</param>
    /// <param name="attempt">1 for the first run, 2 for the first retry, …</param>
    /// <param name="cancellationToken">Stops the run; the recording resumes from its current stage next time.</param>
    public async Task RunAsync(long recordingId, int attempt, CancellationToken cancellationToken)
    {
        var recording = await db.Recordings.Include(r => r.Course).SingleOrDefaultAsync(r => r.Id == recordingId, cancellationToken);
        if (recording is null || recording.Status is RecordingStatus.Ready or RecordingStatus.Failed or RecordingStatus.Duplicate or RecordingStatus.Deleted)
        {
            return;
        }

        string scratch = paths.ScratchFor(recording.Id);
        foreach (var stage in ordered.Where(s => !PipelineOrder.IsBefore(s.Stage, recording.Stage)))
        {
            var ended = await RunStageAsync(recording, stage, scratch, attempt, cancellationToken);
            if (ended)
            {
                CleanScratch(scratch);
                return;
            }
        }

        // Cleaned before Ready is saved, so that whoever sees Ready never finds the copies ffmpeg worked on.
        CleanScratch(scratch);
        recording.Stage = PipelineStage.Ready;
        recording.Status = RecordingStatus.Ready;
        recording.Progress = 100;
        recording.Error = null;
        var ready = AddEvent(recording, EventSeverity.Info, "Ready to play.");
        await SaveAsync(recording, cancellationToken);
        alerts.Raise(recording.Id, RecordingStatus.Ready, ready.Id);
        LogReady(logger, recording.Id);
    }

    /// <summary>Runs one stage; true when the pipeline ended (failed or a duplicate) and must not go on.</summary>
    private async Task<bool> RunStageAsync(Recording recording, IPipelineStage stage, string scratch, int attempt, CancellationToken cancellationToken)
    {
        recording.Stage = stage.Stage;
        recording.Status = RecordingStatus.Processing;
        recording.Progress = 0;
        recording.Attempts = attempt;
        await SaveAsync(recording, cancellationToken);

        var progress = new StageProgressReporter(contexts, recording.Id, time);
        var context = new StageContext(recording, recording.Course!.PlatformId, scratch, progress, time);
        LogStageStarted(logger, recording.Id, stage.Stage, attempt);
        try
        {
            await stage.RunAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (Classify(ex) is { } failure)
        {
            await progress.DisposeAsync();
            db.ChangeTracker.Clear();
            var fresh = await db.Recordings.Include(r => r.Course).SingleAsync(r => r.Id == recording.Id, cancellationToken);
            CopyEvents(recording, fresh);
            return await HandleFailureAsync(fresh, stage.Stage, failure, attempt, ex, cancellationToken);
        }
        finally
        {
            await progress.DisposeAsync();
        }

        if (context.EndedAs is { } status)
        {
            // The reason stays on the recording, so its page, the course's list of imports that need attention and
            // the status API say why nothing was imported (the duplicate's original), not only the processing log.
            recording.Status = status;
            recording.Progress = 100;
            recording.Error = context.EndReason;

            // The source hears first, so that once the recording reads as a duplicate its file has been put aside too.
            if (status == RecordingStatus.Duplicate)
            {
                await TellSourceAsync(recording, ImportOutcome.Duplicate, context.EndReason, cancellationToken);
            }

            await SaveAsync(recording, cancellationToken);

            return true;
        }

        recording.Progress = 100;
        await SaveAsync(recording, cancellationToken);
        LogStageFinished(logger, recording.Id, stage.Stage);
        return false;
    }

    private async Task<bool> HandleFailureAsync(Recording recording, PipelineStage stage, PipelineStageException failure, int attempt, Exception ex, CancellationToken cancellationToken)
    {
        recording.Stage = stage;
        recording.Error = failure.Message;
        bool final = failure.IsPermanent || attempt >= options.Value.MaxAttempts;
        if (final)
        {
            // A failed recording plays nowhere, so it gives up its claim on the content: the same file sent again
            // is tried again (and fails again with its own reason, or imports once the problem is fixed) instead of
            // being called a duplicate of this one.
            recording.Status = RecordingStatus.Failed;
            recording.ContentClaim = null;
            var failed = AddEvent(recording, EventSeverity.Error, failure.Message);

            // The source hears first, so that once the recording reads as failed its file has been put aside too.
            if (!PipelineOrder.IsBefore(PipelineStage.Probe, stage))
            {
                await TellSourceAsync(recording, ImportOutcome.Rejected, failure.Message, cancellationToken);
            }

            await SaveAsync(recording, cancellationToken);
            alerts.Raise(recording.Id, RecordingStatus.Failed, failed.Id);
            LogFailed(logger, ex, recording.Id, stage, failure.Message);

            return true;
        }

        recording.Status = RecordingStatus.Retrying;
        AddEvent(recording, EventSeverity.Warning, $"Attempt {attempt} of {options.Value.MaxAttempts} failed: {failure.Message} Retrying.");
        await SaveAsync(recording, cancellationToken);
        LogRetrying(logger, ex, recording.Id, stage, attempt);
        throw new PipelineStageException(failure.Message, isPermanent: false, ex);
    }

    private static PipelineStageException? Classify(Exception ex) => ex switch
    {
        PipelineStageException stage => stage,
        Media.MediaProcessingException media => new PipelineStageException(media.Message, media.IsPermanent, media),
        ProviderUnavailableException provider => new PipelineStageException(provider.Message, isPermanent: false, provider),
        OperationCanceledException => null,
        _ => new PipelineStageException($"Unexpected error: {ex.Message}", isPermanent: false, ex),
    };

    private async Task TellSourceAsync(Recording recording, ImportOutcome outcome, string? detail, CancellationToken cancellationToken)
    {
        try
        {
            var source = await providers.GetRecordingSourceAsync(recording.Course!.PlatformId, cancellationToken);
            if (source.ProviderId == recording.SourceProviderId)
            {
                await source.Provider.CompleteAsync(RecordingReferences.Read(recording), outcome, detail, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSourceNotTold(logger, ex, recording.Id, outcome);
        }
    }

    private RecordingEvent AddEvent(Recording recording, EventSeverity severity, string message)
    {
        var entry = new RecordingEvent { Stage = recording.Stage, Severity = severity, Message = message, At = time.GetUtcNow() };
        recording.Events.Add(entry);
        return entry;
    }

    private static void CopyEvents(Recording from, Recording to)
    {
        foreach (var e in from.Events.Where(e => e.Id == 0))
        {
            to.Events.Add(new RecordingEvent { Stage = e.Stage, Severity = e.Severity, Message = e.Message, At = e.At });
        }
    }

    private async Task SaveAsync(Recording recording, CancellationToken cancellationToken)
    {
        recording.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    private void CleanScratch(string scratch)
    {
        try
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
        catch (IOException ex)
        {
            LogScratchNotCleaned(logger, ex, scratch);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording {RecordingId} stage {Stage} started (attempt {Attempt})")]
    private static partial void LogStageStarted(ILogger logger, long recordingId, PipelineStage stage, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording {RecordingId} stage {Stage} finished")]
    private static partial void LogStageFinished(ILogger logger, long recordingId, PipelineStage stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording {RecordingId} is ready")]
    private static partial void LogReady(ILogger logger, long recordingId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording {RecordingId} failed at stage {Stage}: {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception ex, long recordingId, PipelineStage stage, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {RecordingId} stage {Stage} attempt {Attempt} failed; it will be retried")]
    private static partial void LogRetrying(ILogger logger, Exception ex, long recordingId, PipelineStage stage, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the source that recording {RecordingId} ended as {Outcome}")]
    private static partial void LogSourceNotTold(ILogger logger, Exception ex, long recordingId, ImportOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the scratch folder {Scratch}")]
    private static partial void LogScratchNotCleaned(ILogger logger, Exception ex, string scratch);
}
