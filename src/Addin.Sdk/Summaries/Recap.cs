namespace Addin.Sdk.Summaries;

/// <summary>A structured draft recap of one session.</summary>
/// <remarks>
/// Every part that states something about the session carries <see cref="Evidence"/> and a confidence from 0 to 1. The host
/// checks the evidence against the transcript and drops, and logs, each part whose evidence is not there; a summariser
/// should therefore quote the transcript verbatim (the check ignores case, punctuation and spacing) and time each quote
/// by the segment it comes from.
/// </remarks>
public sealed record Recap
{
    /// <summary>A short overview in a few sentences.</summary>
    public string Overview { get; init; } = "";

    /// <summary>Topics covered, in time order.</summary>
    public IReadOnlyList<RecapTopic> Topics { get; init; } = [];

    /// <summary>Significant question-and-answer exchanges.</summary>
    public IReadOnlyList<RecapExchange> Exchanges { get; init; } = [];

    /// <summary>Where students showed they did not understand.</summary>
    public IReadOnlyList<ComprehensionGap> Gaps { get; init; } = [];

    /// <summary>What to do next.</summary>
    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];

    /// <summary>Questions for students to review, with answers.</summary>
    public IReadOnlyList<ReviewQuestion> ReviewQuestions { get; init; } = [];

    /// <summary>Tagged moments that become chapters and timeline marks.</summary>
    public IReadOnlyList<TaggedMoment> Moments { get; init; } = [];

    /// <summary>How much each speaker talked, largest share first. Measured, so it carries no evidence.</summary>
    public IReadOnlyList<TalkTime> TalkTime { get; init; } = [];

    /// <summary>How the recap was made (model, prompt version, token counts), for the record.</summary>
    public required SummariserRun Run { get; init; }
}

/// <summary>Where in the transcript a claim comes from. Checked against the transcript before anyone sees it.</summary>
/// <param name="At">The moment in the recording.</param>
/// <param name="Quote">Words quoted from the transcript at that moment.</param>
public sealed record Evidence(TimeSpan At, string Quote);

/// <summary>A topic covered in the session.</summary>
public sealed record RecapTopic
{
    /// <summary>The topic as the session covered it.</summary>
    public required string Title { get; init; }

    /// <summary>When it started.</summary>
    public required TimeSpan Start { get; init; }

    /// <summary>When it ended.</summary>
    public required TimeSpan End { get; init; }

    /// <summary>The curriculum topic it maps to, if any.</summary>
    public string? CurriculumTopicId { get; init; }

    /// <summary>The summariser's confidence from 0 to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>What shows the topic was covered.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>A question asked and how it was answered.</summary>
public sealed record RecapExchange
{
    /// <summary>The question.</summary>
    public required string Question { get; init; }

    /// <summary>The answer given.</summary>
    public required string Answer { get; init; }

    /// <summary>Who asked.</summary>
    public string? AskedBy { get; init; }

    /// <summary>Who answered.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>The summariser's confidence from 0 to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>Where the question is asked.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>Where it is answered.</summary>
    public required Evidence AnswerEvidence { get; init; }
}

/// <summary>How severe a comprehension gap is.</summary>
public enum GapSeverity
{
    /// <summary>A small slip.</summary>
    Low,

    /// <summary>Needs revisiting.</summary>
    Medium,

    /// <summary>Blocks progress.</summary>
    High,
}

/// <summary>Something a student did not understand.</summary>
public sealed record ComprehensionGap
{
    /// <summary>What was not understood.</summary>
    public required string What { get; init; }

    /// <summary>Which student, when known.</summary>
    public string? Student { get; init; }

    /// <summary>How severe.</summary>
    public GapSeverity Severity { get; init; }

    /// <summary>The summariser's confidence from 0 to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>What shows it.</summary>
    public required Evidence Evidence { get; init; }
}

/// <summary>A recommended next step.</summary>
/// <param name="What">What to do.</param>
/// <param name="Confidence">The summariser's confidence from 0 to 1.</param>
/// <param name="Evidence">What in the session calls for it, if anything does (a plan's next topic has none).</param>
public sealed record NextStep(string What, double Confidence, Evidence? Evidence = null);

/// <summary>A review question with its answer.</summary>
/// <param name="Question">The question for students.</param>
/// <param name="Answer">Its answer.</param>
/// <param name="Confidence">The summariser's confidence from 0 to 1.</param>
/// <param name="Evidence">Where the session gives the answer.</param>
public sealed record ReviewQuestion(string Question, string Answer, double Confidence, Evidence Evidence);

/// <summary>The kinds of tagged moment.</summary>
public enum MomentKind
{
    /// <summary>A new topic starts.</summary>
    TopicStart,

    /// <summary>A student is confused.</summary>
    Confusion,

    /// <summary>A student understands.</summary>
    Breakthrough,

    /// <summary>Engagement drops.</summary>
    EngagementDrop,
}

/// <summary>A moment worth marking on the timeline.</summary>
/// <param name="Kind">What happens there.</param>
/// <param name="Label">A short label for the chapter or mark.</param>
/// <param name="Evidence">The moment (its time) and what is said there.</param>
/// <param name="Confidence">The summariser's confidence from 0 to 1.</param>
public sealed record TaggedMoment(MomentKind Kind, string Label, Evidence Evidence, double Confidence);

/// <summary>How much one speaker talked.</summary>
/// <param name="Speaker">The speaker as the transcript names them.</param>
/// <param name="Spoken">Their total speaking time.</param>
/// <param name="Share">Their share of all speaking time, from 0 to 1.</param>
/// <param name="Turns">How many turns they took.</param>
public sealed record TalkTime(string Speaker, TimeSpan Spoken, double Share, int Turns);

/// <summary>How a recap was produced.</summary>
public sealed record SummariserRun
{
    /// <summary>The summariser's provider id.</summary>
    public required string SummariserId { get; init; }

    /// <summary>The model, when one was used.</summary>
    public string? Model { get; init; }

    /// <summary>The prompt version, when a prompt was used.</summary>
    public string? PromptVersion { get; init; }

    /// <summary>Input tokens, when counted.</summary>
    public int? InputTokens { get; init; }

    /// <summary>Output tokens, when counted.</summary>
    public int? OutputTokens { get; init; }
}
