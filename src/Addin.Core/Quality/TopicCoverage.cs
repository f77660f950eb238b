namespace Addin.Core.Quality;

/// <summary>How long a session spent on one topic of its course's curriculum plan, measured from its transcript.</summary>
public sealed class TopicCoverage
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    /// <summary>The plan topic's id (<see cref="Recaps.CurriculumPlanTopic.TopicId"/>).</summary>
    public required string TopicId { get; set; }

    public double Minutes { get; set; }

    /// <summary>Transcript segments that mention the topic's keywords.</summary>
    public int Mentions { get; set; }
}
