namespace Addin.Core.Quality;

/// <summary>The thresholds quality flags are raised at. Configuration section <c>Addin:Quality</c>.</summary>
public sealed class QualityOptions
{
    public const string SectionName = "Addin:Quality";

    /// <summary>A recording shorter than this share of the scheduled time is flagged short (0.8: under 80%).</summary>
    public double ShortSessionShare { get; set; } = 0.8;

    /// <summary>Students speaking less than this share of the talk time is low participation.</summary>
    public double LowParticipationShare { get; set; } = 0.2;

    /// <summary>An instructor speaking this long with no student turn is a long monologue.</summary>
    public TimeSpan LongMonologue { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long after a session's scheduled end it is flagged when no recording has arrived.</summary>
    public TimeSpan NoRecordingGrace { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Less time than this on a topic is not covering it.</summary>
    public TimeSpan MinimumTopicTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often sessions that ended are checked.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}
