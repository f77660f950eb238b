using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Pipeline.Stages;

/// <summary>
/// Drafts the recording's recap with the platform's summariser, checks its evidence against the transcript and stores it
/// as a draft for the instructor to review. It runs only when AI processing is on for the course and its platform and a
/// transcript exists; otherwise it says why and the recording is ready without a recap. A summariser that fails costs the
/// recap only: the recording, its transcript and its renditions stay as they are. A stored draft is announced to its
/// reviewers (<see cref="IRecapDraftNotices"/>), again whenever the stage finds it still a draft: a run cut short between
/// storing and announcing announces it on its retry, and the notice goes out once.
/// </summary>
public sealed class RecapStage(
    AddinDbContext db,
    IPlatformProviders providers,
    AiConsents consents,
    CurriculumPlans plans,
    RecapDrafts drafts,
    RecapEvidenceChecker checker,
    IRecapDraftNotices notices) : IPipelineStage
{
    public PipelineStage Stage => PipelineStage.Recap;

    public async Task RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recording = context.Recording;
        if (!await consents.IsOnForCourseAsync(recording.CourseId, cancellationToken))
        {
            context.Info("No recap: AI processing is off for this course or its platform. An instructor can switch it on on the course page.");
            return;
        }

        if (await drafts.FindAsync(recording.Id, cancellationToken) is { } existing)
        {
            AlreadyDrafted(context, existing);
            return;
        }

        var transcript = await ReadTranscriptAsync(recording.Id, cancellationToken);
        if (transcript is null)
        {
            context.Info("No recap: the recording has no transcript to summarise.");
            return;
        }

        ResolvedProvider<ISummariser> summariser;
        try
        {
            summariser = await providers.GetSummariserAsync(context.PlatformId, cancellationToken);
        }
        catch (ProviderUnavailableException ex)
        {
            context.Warn($"No recap: {ex.Message}");
            return;
        }

        var duration = recording.Duration ?? transcript.Segments.Max(s => s.End);
        var request = new SummaryRequest
        {
            Transcript = transcript,
            Duration = duration,
            CourseTitle = recording.Course?.Title ?? "",
            SessionTitle = recording.Title,
            Curriculum = await plans.ForCourseAsync(recording.CourseId, cancellationToken),
        };

        Recap recap;
        try
        {
            recap = await summariser.Provider.SummariseAsync(request, context.Progress, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            context.Warn($"No recap: the summariser '{summariser.ProviderId}' failed: {ex.Message} The recording, its transcript and its renditions are unaffected.");
            return;
        }

        var checkedRecap = checker.Check(recap, transcript, duration);
        var (stored, created) = await drafts.SaveAsync(recording.Id, checkedRecap, cancellationToken);
        if (!created)
        {
            AlreadyDrafted(context, stored);
            return;
        }

        notices.DraftAwaitsReview(recording.Id);
        var shown = checkedRecap.Recap;
        context.Info(
            $"Recap drafted by {summariser.ProviderId}: {shown.Topics.Count} topics, {shown.Exchanges.Count} exchanges, {shown.Gaps.Count} gaps, {shown.Moments.Count} moments; " +
            $"{checkedRecap.Dropped.Count} claims dropped because their evidence is not in the transcript. It awaits the instructor's review.");
    }

    private void AlreadyDrafted(StageContext context, StoredRecap existing)
    {
        context.Info($"Recap already drafted (version {existing.Version}, {existing.Status}); not drafted again.");
        if (existing.Status == RecapStatus.Draft)
        {
            notices.DraftAwaitsReview(context.Recording.Id);
        }
    }

    private async Task<Transcript?> ReadTranscriptAsync(long recordingId, CancellationToken cancellationToken)
    {
        var record = await db.Transcripts.AsNoTracking().SingleOrDefaultAsync(t => t.RecordingId == recordingId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var segments = await db.TranscriptLines.AsNoTracking().Where(l => l.TranscriptId == record.Id).OrderBy(l => l.Index)
            .Select(l => new TranscriptSegment
            {
                Start = TimeSpan.FromMilliseconds(l.StartMs),
                End = TimeSpan.FromMilliseconds(l.EndMs),
                Speaker = l.Speaker,
                Text = l.Text,
            })
            .ToListAsync(cancellationToken);
        return segments.Count == 0 ? null : new Transcript { Segments = segments, EngineId = record.EngineId, Language = record.Language };
    }
}
