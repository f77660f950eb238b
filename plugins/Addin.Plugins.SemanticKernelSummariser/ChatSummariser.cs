using Addin.Plugins.SemanticKernelSummariser.Chat;
using Addin.Plugins.SemanticKernelSummariser.Drafts;
using Addin.Plugins.SemanticKernelSummariser.Prompt;
using Addin.Sdk.Plugins;
using Addin.Sdk.Summaries;

namespace Addin.Plugins.SemanticKernelSummariser;

/// <summary>
/// Drafts a recap with a chat model: the transcript, timed line by line, is sent in chunks under the token budget, each
/// chunk's structured draft is read and mapped, and the chunks are merged in time order. Talk time is measured here, not
/// asked of the model.
/// </summary>
internal sealed class ChatSummariser(string providerId, SemanticKernelSummariserSettings settings, RecapChat chat) : ISummariser
{
    /// <summary>Room for "This is part k of n…" on every chunk.</summary>
    private const int PartNoteTokens = 40;

    /// <summary>A chunk must hold at least this much transcript to be worth a request.</summary>
    private const int SmallestTranscriptBudget = 250;

    public async Task<Recap> SummariseAsync(SummaryRequest request, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lines = request.Transcript.Segments
            .Where(s => !string.IsNullOrWhiteSpace(s.Text))
            .OrderBy(s => s.Start)
            .Select(TranscriptLine.From)
            .ToList();
        var run = new SummariserRun { SummariserId = providerId, Model = settings.Model, PromptVersion = RecapPrompt.Version };
        if (lines.Count == 0)
        {
            // Nothing was said: there is nothing to ask a model about.
            return new Recap { Run = run };
        }

        var chunks = TranscriptChunker.Split(lines, TranscriptBudget(request));
        var planTopicIds = request.Curriculum.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var parts = new List<Recap>(chunks.Count);
        var tokens = TokenCount.None;
        string? answeredModel = null;
        for (int i = 0; i < chunks.Count; i++)
        {
            var answer = await chat.DraftAsync(RecapPrompt.ForChunk(request, chunks[i], i + 1, chunks.Count), cancellationToken);
            tokens += answer.Tokens;
            answeredModel ??= answer.Model;
            parts.Add(DraftMapper.ToRecap(answer.Draft, planTopicIds, run));
            progress?.Report((i + 1) / (double)chunks.Count);
        }

        return RecapMerger.Merge(parts) with
        {
            TalkTime = TalkTimes.Measure(request.Transcript),
            Run = run with { Model = answeredModel ?? settings.Model, InputTokens = tokens.Input, OutputTokens = tokens.Output },
        };
    }

    private int TranscriptBudget(SummaryRequest request)
    {
        int fixedTokens = TokenEstimate.Of(RecapPrompt.System) + TokenEstimate.Of(RecapPrompt.Header(request)) + PartNoteTokens;
        int budget = settings.MaxInputTokensPerChunk - fixedTokens;
        if (budget < SmallestTranscriptBudget)
        {
            throw new ProviderSettingsException(providerId, "/maxInputTokensPerChunk",
                $"is {settings.MaxInputTokensPerChunk}, but the instructions and this course's curriculum plan already take about {fixedTokens} tokens, " +
                $"leaving {Math.Max(0, budget)} for the transcript; raise it to at least {fixedTokens + (4 * SmallestTranscriptBudget)}");
        }

        return budget;
    }
}
