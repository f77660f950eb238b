namespace Addin.Core.Quality;

/// <summary>How the time on a topic compares with the plan.</summary>
public enum CoverageLevel
{
    /// <summary>Not covered (under half a minute).</summary>
    None,

    /// <summary>Covered, with no planned time to compare with.</summary>
    Covered,

    /// <summary>Under three quarters of the planned time.</summary>
    Under,

    /// <summary>Within a quarter of the planned time.</summary>
    OnPlan,

    /// <summary>Over a quarter more than the planned time.</summary>
    Over,
}

/// <summary>Places minutes on a topic against its planned minutes.</summary>
public static class CoverageLevels
{
    public const double CoveredMinutes = 0.5;
    public const double UnderShare = 0.75;
    public const double OverShare = 1.25;

    public static CoverageLevel Of(double minutes, double? plannedMinutes) =>
        minutes < CoveredMinutes ? CoverageLevel.None
        : plannedMinutes is not ({ } planned and > 0) ? CoverageLevel.Covered
        : minutes < planned * UnderShare ? CoverageLevel.Under
        : minutes > planned * OverShare ? CoverageLevel.Over
        : CoverageLevel.OnPlan;
}
