using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Addin.Testing;

namespace Addin.Plugins.SemanticKernelSummariser.Tests;

/// <summary>
/// A stand-in for a chat model that follows the instructions: it reads the timed lines and the plan from the request
/// and answers a recap draft that quotes those lines verbatim at their timestamps.
/// </summary>
internal static partial class QuotingModel
{
    public sealed record Line(string At, string Speaker, string Text);

    /// <summary>The transcript lines of the request's first user message (later ones are repair requests).</summary>
    public static IReadOnlyList<Line> Lines(ChatRequest chat) =>
        [.. LinePattern().Matches(chat.Messages.First(m => m.Role == "user").Content).Select(m => new Line(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.TrimEnd()))];

    public static string Recap(ChatRequest chat) => Recap(Lines(chat), PlanIds(chat).FirstOrDefault()).ToJsonString();

    public static JsonObject Recap(IReadOnlyList<Line> lines, string? curriculumTopicId)
    {
        var (first, last) = (lines[0], lines[^1]);
        var exchanges = new JsonArray();
        var gaps = new JsonArray();
        var moments = new JsonArray { Moment("TopicStart", "Start of part", first) };
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.EndsWith('?') && i + 1 < lines.Count && lines[i + 1].Speaker != lines[i].Speaker)
            {
                exchanges.Add(new JsonObject
                {
                    ["question"] = lines[i].Text, ["answer"] = lines[i + 1].Text, ["askedBy"] = lines[i].Speaker, ["answeredBy"] = lines[i + 1].Speaker,
                    ["confidence"] = 0.7, ["questionEvidence"] = Evidence(lines[i]), ["answerEvidence"] = Evidence(lines[i + 1]),
                });
            }

            if (lines[i].Text.Contains("don't understand", StringComparison.OrdinalIgnoreCase))
            {
                gaps.Add(new JsonObject { ["what"] = "Did not follow", ["student"] = lines[i].Speaker, ["severity"] = "Medium", ["confidence"] = 0.6, ["evidence"] = Evidence(lines[i]) });
                moments.Add(Moment("Confusion", "Lost", lines[i]));
            }
        }

        return new JsonObject
        {
            ["overview"] = $"Part from {first.At} to {last.At}.",
            ["topics"] = new JsonArray(new JsonObject
            {
                ["title"] = "Topic of " + first.At, ["start"] = first.At, ["end"] = last.At, ["curriculumTopicId"] = curriculumTopicId,
                ["confidence"] = 0.8, ["evidence"] = new JsonArray(Evidence(first)),
            }),
            ["exchanges"] = exchanges,
            ["gaps"] = gaps,
            ["nextSteps"] = new JsonArray(new JsonObject { ["what"] = "Review " + first.At, ["confidence"] = 0.5, ["evidence"] = null }),
            ["reviewQuestions"] = new JsonArray(new JsonObject { ["question"] = "What was said at " + first.At + "?", ["answer"] = first.Text, ["confidence"] = 0.5, ["evidence"] = Evidence(first) }),
            ["moments"] = moments,
        };
    }

    public static JsonObject Evidence(Line line) => new() { ["at"] = line.At, ["quote"] = line.Text };

    private static JsonObject Moment(string kind, string label, Line line) =>
        new() { ["kind"] = kind, ["label"] = label, ["confidence"] = 0.7, ["evidence"] = Evidence(line) };

    private static IEnumerable<string> PlanIds(ChatRequest chat) =>
        PlanPattern().Matches(chat.Messages.First(m => m.Role == "user").Content).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^\[(\d{2}:\d{2}:\d{2}\.\d)\] ([^:]+): (.*)$", RegexOptions.Multiline)]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"^- ([^:\s]+): ", RegexOptions.Multiline)]
    private static partial Regex PlanPattern();
}
