namespace Addin.Sdk.Summaries;

/// <summary>A structured draft recap of one session.</summary>
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
    public IReadOnlyList<string> NextSteps { get; init; } = [];

    /// <summary>Questions for students to review, with answers.</summary>
    public IReadOnlyList<ReviewQuestion> ReviewQuestions { get; init; } = [];

    /// <summary>Tagged moments that become chapters and timeline marks.</summary>
    public IReadOnlyList<TaggedMoment> Moments { get; init; } = [];

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

    /// <summary>Where the exchange is.</summary>
    public required Evidence Evidence { get; init; }
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

/// <summary>A review question with its answer.</summary>
public sealed record ReviewQuestion(string Question, string Answer, Evidence? Evidence = null);

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
public sealed record TaggedMoment(MomentKind Kind, string Label, Evidence Evidence, double Confidence = 1);

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
