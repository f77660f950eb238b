using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Microsoft.Extensions.Logging;

namespace Addin.Core.Recaps;

/// <summary>
/// Checks every claim of a summariser's recap against the transcript before a person sees it. A claim is kept only when
/// each of its timestamps lies inside the recording and each of its quotes occurs in the transcript (ignoring case,
/// punctuation and spacing) within <see cref="QuoteWindow"/> of its timestamp. The others are dropped and logged with why.
/// </summary>
public sealed partial class RecapEvidenceChecker(ILogger<RecapEvidenceChecker> logger)
{
    /// <summary>How far from its timestamp a quote may be: enough for a cue timed at the start of a long turn.</summary>
    public static readonly TimeSpan QuoteWindow = TimeSpan.FromSeconds(15);

    /// <summary>Checks <paramref name="recap"/> against the transcript of a recording lasting <paramref name="duration"/>.</summary>
    public CheckedRecap Check(Recap recap, Transcript transcript, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(recap);
        ArgumentNullException.ThrowIfNull(transcript);
        var evidence = new TranscriptEvidence(transcript, duration, QuoteWindow);
        var dropped = new List<DroppedClaim>();

        List<T> Keep<T>(IReadOnlyList<T> claims, string part, Func<T, string> describe, Func<T, string?> problem)
        {
            var kept = new List<T>(claims.Count);
            foreach (var claim in claims)
            {
                if (problem(claim) is { } reason)
                {
                    var drop = new DroppedClaim(part, describe(claim), reason);
                    dropped.Add(drop);
                    LogDropped(logger, recap.Run.SummariserId, drop.Part, drop.Claim, drop.Reason);
                }
                else
                {
                    kept.Add(claim);
                }
            }

            return kept;
        }

        var checkedRecap = recap with
        {
            Topics = Keep(recap.Topics, "topic", t => t.Title, t =>
                evidence.RangeProblem(t.Start, t.End)
                ?? (t.Evidence.Count == 0 ? "it has no evidence" : t.Evidence.Select(evidence.Problem).FirstOrDefault(p => p is not null))),
            Exchanges = Keep(recap.Exchanges, "exchange", e => e.Question, e =>
                evidence.Problem(e.Evidence) is { } question ? $"the question: {question}"
                : evidence.Problem(e.AnswerEvidence) is { } answer ? $"the answer: {answer}" : null),
            Gaps = Keep(recap.Gaps, "gap", g => g.What, g => evidence.Problem(g.Evidence)),
            NextSteps = Keep(recap.NextSteps, "next step", s => s.What, s => s.Evidence is null ? null : evidence.Problem(s.Evidence)),
            ReviewQuestions = Keep(recap.ReviewQuestions, "review question", q => q.Question, q => evidence.Problem(q.Evidence)),
            Moments = Keep(recap.Moments, "moment", m => m.Label, m => evidence.Problem(m.Evidence)),
        };
        return new CheckedRecap(checkedRecap, dropped);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recap claim from summariser {SummariserId} dropped, never shown: {Part} '{Claim}': {Reason}")]
    private static partial void LogDropped(ILogger logger, string summariserId, string part, string claim, string reason);
}
