namespace Addin.Core.Quality;

/// <summary>What a quality flag says about a session. The numbers are stored and never change.</summary>
public enum QualityFlagKind
{
    /// <summary>The recording is much shorter than the session was scheduled for.</summary>
    ShortSession = 0,

    /// <summary>Students spoke for a small share of the talk time.</summary>
    LowParticipation = 1,

    /// <summary>Curriculum topics the session should have reached were not covered.</summary>
    CurriculumMissed = 2,

    /// <summary>The instructor spoke without a student turn for a long stretch.</summary>
    LongMonologue = 3,

    /// <summary>The session was scheduled and ended, and no recording arrived.</summary>
    NoRecording = 4,
}
