using System.Text;
using Addin.Sdk.Summaries;

namespace Addin.Plugins.SemanticKernelSummariser.Prompt;

/// <summary>The instructions and messages sent to the model. Any change to them, or to the draft types, is a new <see cref="Version"/>.</summary>
internal static class RecapPrompt
{
    /// <summary>Recorded in every recap's <see cref="SummariserRun.PromptVersion"/>, so drafts can be compared across prompt changes.</summary>
    public const string Version = "sk-recap-1";

    public const string System = """
        You draft a recap of one tutoring or classroom session for its instructor, who approves it before anyone else sees it.
        Work only from the transcript lines given. Each line is "[hh:mm:ss.f] Speaker: text".
        Evidence rules, which are checked and anything breaking them is thrown away:
        - A quote is words copied verbatim from the text of ONE line: no paraphrase, no joining of lines, no speaker name or timestamp.
        - Its "At" is that line's timestamp exactly as it appears in the brackets.
        - Times of topics (Start, End) are timestamps of lines too.
        Never invent people, quotes, times or topics. Name speakers as the transcript does.
        Topics: what was taught, in time order; CurriculumTopicId is the id of the plan topic it covers, or null.
        Exchanges: significant questions and the answers given. Gaps: where a student showed they did not understand,
        with severity Low (a slip), Medium (needs revisiting) or High (blocks progress). NextSteps: what the instructor should do next.
        ReviewQuestions: questions students can answer from what was said, with that answer.
        Moments: TopicStart, Confusion, Breakthrough or EngagementDrop, each at its line.
        Give each item a confidence from 0 to 1. Leave a list empty rather than guess. Answer with JSON matching the schema, nothing else.
        """;

    /// <summary>The user message for one chunk of the transcript.</summary>
    public static string ForChunk(SummaryRequest request, IReadOnlyList<TranscriptLine> lines, int part, int parts)
    {
        var text = new StringBuilder(Header(request));
        if (parts > 1)
        {
            text.Append("This is part ").Append(part).Append(" of ").Append(parts).Append(" of the session, from ")
                .Append(LineClock.Format(lines[0].Start)).Append(" to ").Append(LineClock.Format(lines[^1].End))
                .AppendLine("; recap only this part.");
        }

        text.AppendLine().AppendLine("Transcript:");
        foreach (var line in lines)
        {
            text.AppendLine(line.Text);
        }

        return text.ToString();
    }

    /// <summary>Everything but the transcript: the same for every chunk, so its size is taken off each chunk's budget.</summary>
    public static string Header(SummaryRequest request)
    {
        var text = new StringBuilder();
        Line(text, "Course", request.CourseTitle);
        Line(text, "Session", request.SessionTitle);
        text.Append("Recording length: ").AppendLine(LineClock.Format(request.Duration));
        text.AppendLine(request.InstructorSpeakers.Count > 0
            ? $"Instructors: {string.Join(", ", request.InstructorSpeakers)}; everyone else is a student."
            : "Instructors are not named; infer them from how people speak.");
        if (request.Curriculum.Count == 0)
        {
            text.AppendLine("There is no curriculum plan: every CurriculumTopicId is null.");
        }
        else
        {
            text.AppendLine("Curriculum plan (id: title [keywords]), in teaching order:");
            foreach (var topic in request.Curriculum)
            {
                text.Append("- ").Append(topic.Id).Append(": ").Append(topic.Title);
                if (topic.Keywords.Count > 0)
                {
                    text.Append(" [").AppendJoin(", ", topic.Keywords).Append(']');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>Asks again after an unusable answer, saying what was wrong.</summary>
    public static string Repair(string problem, bool truncated) => truncated
        ? $"Your answer was cut off before it ended ({problem}). Answer again with one complete JSON object matching the schema, " +
          "shorter: at most five items in each list, short quotes and short texts."
        : $"Your answer could not be used: {problem}. Answer again with one JSON object matching the schema exactly, nothing else; " +
          "every time is a line timestamp such as 00:12:05.3 and every confidence a number from 0 to 1.";

    private static void Line(StringBuilder text, string name, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(name).Append(": ").AppendLine(value.Trim());
        }
    }
}
