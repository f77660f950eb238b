using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Addin.Plugins.SemanticKernelSummariser.Drafts;

// What the model is asked to answer. Semantic Kernel turns these types into the request's JSON schema (strict), so the
// descriptions below are part of the prompt: change them only with a new RecapPrompt.Version.

/// <summary>The model's recap of one part of a session.</summary>
[Description("A recap of the transcript part, for the instructor to approve.")]
internal sealed record RecapDraft(
    [property: Description("Two to four sentences on what the part covered and how the students did.")] string Overview,
    [property: Description("Topics covered, in time order.")] IReadOnlyList<TopicDraft> Topics,
    [property: Description("Significant questions and how they were answered.")] IReadOnlyList<ExchangeDraft> Exchanges,
    [property: Description("Where a student showed they did not understand.")] IReadOnlyList<GapDraft> Gaps,
    [property: Description("Recommended next steps for the instructor.")] IReadOnlyList<NextStepDraft> NextSteps,
    [property: Description("Questions for students to review, answered by what was said.")] IReadOnlyList<ReviewQuestionDraft> ReviewQuestions,
    [property: Description("Moments worth marking on the timeline.")] IReadOnlyList<MomentDraft> Moments);

/// <summary>A quote and the timestamp of its line.</summary>
internal sealed record EvidenceDraft(
    [property: Description("The timestamp of the quoted line, exactly as in its brackets (hh:mm:ss.f).")] string At,
    [property: Description("Words copied verbatim from that one line's text (not the timestamp or speaker).")] string Quote);

internal sealed record TopicDraft(
    [property: Description("The topic as the session covered it.")] string Title,
    [property: Description("The timestamp of the line where it starts (hh:mm:ss.f).")] string Start,
    [property: Description("The timestamp of the last line about it (hh:mm:ss.f).")] string End,
    [property: Description("The id of the curriculum plan topic it covers, or null when none fits.")] string? CurriculumTopicId,
    [property: Description("Confidence from 0 to 1.")] double Confidence,
    [property: Description("One to three quotes that show the topic was covered.")] IReadOnlyList<EvidenceDraft> Evidence);

internal sealed record ExchangeDraft(
    [property: Description("The question, as asked.")] string Question,
    [property: Description("The answer given.")] string Answer,
    [property: Description("Who asked, as the transcript names them.")] string? AskedBy,
    [property: Description("Who answered, as the transcript names them.")] string? AnsweredBy,
    [property: Description("Confidence from 0 to 1.")] double Confidence,
    [property: Description("Where the question is asked.")] EvidenceDraft QuestionEvidence,
    [property: Description("Where it is answered.")] EvidenceDraft AnswerEvidence);

[JsonConverter(typeof(JsonStringEnumConverter<DraftSeverity>))]
internal enum DraftSeverity
{
    Low,
    Medium,
    High,
}

internal sealed record GapDraft(
    [property: Description("What was not understood.")] string What,
    [property: Description("Which student, as the transcript names them, or null.")] string? Student,
    [property: Description("Low: a small slip; Medium: needs revisiting; High: blocks progress.")] DraftSeverity Severity,
    [property: Description("Confidence from 0 to 1.")] double Confidence,
    [property: Description("What shows it.")] EvidenceDraft Evidence);

internal sealed record NextStepDraft(
    [property: Description("What to do next.")] string What,
    [property: Description("Confidence from 0 to 1.")] double Confidence,
    [property: Description("What in the session calls for it, or null (for example the plan's next topic).")] EvidenceDraft? Evidence);

internal sealed record ReviewQuestionDraft(
    [property: Description("The question for students.")] string Question,
    [property: Description("Its answer, as the session gave it.")] string Answer,
    [property: Description("Confidence from 0 to 1.")] double Confidence,
    [property: Description("Where the session gives the answer.")] EvidenceDraft Evidence);

[JsonConverter(typeof(JsonStringEnumConverter<DraftMomentKind>))]
internal enum DraftMomentKind
{
    TopicStart,
    Confusion,
    Breakthrough,
    EngagementDrop,
}

internal sealed record MomentDraft(
    [property: Description("TopicStart, Confusion (a student is lost), Breakthrough (a student gets it) or EngagementDrop.")] DraftMomentKind Kind,
    [property: Description("A short label for the timeline mark.")] string Label,
    [property: Description("Confidence from 0 to 1.")] double Confidence,
    [property: Description("The moment's line.")] EvidenceDraft Evidence);
