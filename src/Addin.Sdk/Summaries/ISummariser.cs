using Addin.Sdk.Transcription;

namespace Addin.Sdk.Summaries;

/// <summary>Drafts a structured recap of a session from its transcript. A person approves it before anyone else sees it.</summary>
/// <remarks>
/// Every claim carries <see cref="Evidence"/>; the host drops (and logs) claims whose evidence is not in the transcript, so
/// a summariser never needs to be trusted to be right, only to quote. Fill <see cref="Recap.Run"/> with what a reviewer
/// needs to judge the draft: the provider id, and the model, prompt version and token counts when a model was used.
/// </remarks>
public interface ISummariser
{
    /// <summary>Drafts the recap.</summary>
    Task<Recap> SummariseAsync(SummaryRequest request, IProgress<double> progress, CancellationToken cancellationToken);
}

/// <summary>What a summariser works from.</summary>
public sealed record SummaryRequest
{
    /// <summary>The session's transcript, with speakers where known.</summary>
    public required Transcript Transcript { get; init; }

    /// <summary>The recording's duration; evidence outside it is invalid.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>The course title.</summary>
    public required string CourseTitle { get; init; }

    /// <summary>The session title.</summary>
    public required string SessionTitle { get; init; }

    /// <summary>The course's curriculum plan, if it has one.</summary>
    public IReadOnlyList<CurriculumTopic> Curriculum { get; init; } = [];

    /// <summary>Which speakers are instructors; the others are treated as students. When empty the summariser may infer them.</summary>
    public IReadOnlyList<string> InstructorSpeakers { get; init; } = [];
}

/// <summary>A topic of the curriculum plan.</summary>
public sealed record CurriculumTopic
{
    /// <summary>The topic's id in the plan.</summary>
    public required string Id { get; init; }

    /// <summary>The topic's title.</summary>
    public required string Title { get; init; }

    /// <summary>Keywords that show the topic is being covered.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>How long the plan gives it, if it says.</summary>
    public TimeSpan? PlannedDuration { get; init; }
}
