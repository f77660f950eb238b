using System.Text.Json;
using Addin.Plugins.SemanticKernelSummariser.Prompt;

namespace Addin.Plugins.SemanticKernelSummariser.Drafts;

/// <summary>Reads the model's answer into a <see cref="RecapDraft"/>, or says why it cannot be used.</summary>
/// <remarks>
/// Strict structured output should make a bad answer impossible, but OpenAI-compatible servers (Ollama, vLLM, older Azure
/// deployments) may ignore or only loosely follow the schema, so the answer is checked as if it could be anything.
/// </remarks>
internal static class DraftReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static DraftResult Read(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return DraftResult.Failed("the answer was empty");
        }

        RecapDraft? draft;
        try
        {
            draft = JsonSerializer.Deserialize<RecapDraft>(StripCodeFence(answer), Json);
        }
        catch (JsonException ex)
        {
            return DraftResult.Failed($"it is not JSON matching the schema ({ex.Message})");
        }

        if (draft is null)
        {
            return DraftResult.Failed("it is JSON null, not a recap object");
        }

        var problems = Problems(draft).Take(5).ToList();
        return problems.Count == 0 ? DraftResult.Read(draft) : DraftResult.Failed(string.Join("; ", problems));
    }

    /// <summary>Some local models wrap JSON in a Markdown code fence even when asked for JSON only.</summary>
    private static string StripCodeFence(string answer)
    {
        string text = answer.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
        {
            return text;
        }

        int firstLine = text.IndexOf('\n', StringComparison.Ordinal);
        return firstLine < 0 ? text : text[(firstLine + 1)..^3];
    }

    private static IEnumerable<string> Problems(RecapDraft draft)
    {
        foreach (var (path, time) in Times(draft))
        {
            if (!LineClock.TryParse(time, out _))
            {
                yield return $"{path} is \"{time}\", not a line timestamp such as 00:12:05.3";
            }
        }

        foreach (var (path, confidence) in Confidences(draft))
        {
            if (confidence is < 0 or > 1 || double.IsNaN(confidence))
            {
                yield return $"{path} is {confidence}, not a confidence from 0 to 1";
            }
        }
    }

    private static IEnumerable<(string Path, string Time)> Times(RecapDraft d) =>
        d.Topics.SelectMany((t, i) => new[] { ($"topics[{i}].start", t.Start), ($"topics[{i}].end", t.End) }
                .Concat(t.Evidence.Select((e, j) => ($"topics[{i}].evidence[{j}].at", e.At))))
            .Concat(d.Exchanges.SelectMany((e, i) => new[] { ($"exchanges[{i}].questionEvidence.at", e.QuestionEvidence.At), ($"exchanges[{i}].answerEvidence.at", e.AnswerEvidence.At) }))
            .Concat(d.Gaps.Select((g, i) => ($"gaps[{i}].evidence.at", g.Evidence.At)))
            .Concat(d.NextSteps.Select((s, i) => (Path: $"nextSteps[{i}].evidence.at", s.Evidence)).Where(s => s.Evidence is not null).Select(s => (s.Path, s.Evidence!.At)))
            .Concat(d.ReviewQuestions.Select((q, i) => ($"reviewQuestions[{i}].evidence.at", q.Evidence.At)))
            .Concat(d.Moments.Select((m, i) => ($"moments[{i}].evidence.at", m.Evidence.At)));

    private static IEnumerable<(string Path, double Confidence)> Confidences(RecapDraft d) =>
        d.Topics.Select((t, i) => ($"topics[{i}].confidence", t.Confidence))
            .Concat(d.Exchanges.Select((e, i) => ($"exchanges[{i}].confidence", e.Confidence)))
            .Concat(d.Gaps.Select((g, i) => ($"gaps[{i}].confidence", g.Confidence)))
            .Concat(d.NextSteps.Select((s, i) => ($"nextSteps[{i}].confidence", s.Confidence)))
            .Concat(d.ReviewQuestions.Select((q, i) => ($"reviewQuestions[{i}].confidence", q.Confidence)))
            .Concat(d.Moments.Select((m, i) => ($"moments[{i}].confidence", m.Confidence)));
}

/// <summary>A draft, or why the answer is not one.</summary>
internal sealed record DraftResult(RecapDraft? Draft, string? Problem)
{
    public static DraftResult Read(RecapDraft draft) => new(draft, null);

    public static DraftResult Failed(string problem) => new(null, problem);
}
