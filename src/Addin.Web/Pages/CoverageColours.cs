using Addin.Core.Quality;

namespace Addin.Web.Pages;

/// <summary>The heatmap's colour for each coverage level, with the word that says the same for those who cannot see it.</summary>
public static class CoverageColours
{
    /// <summary>A session with no measured transcript.</summary>
    public const string NotMeasured = "#ffffff";

    public static string Of(CoverageLevel level) => level switch
    {
        CoverageLevel.None => "#e6e6e6",
        CoverageLevel.Covered => "#7fb3e0",
        CoverageLevel.Under => "#f2a33a",
        CoverageLevel.OnPlan => "#2e8b57",
        CoverageLevel.Over => "#c62828",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not a coverage level"),
    };

    public static string Word(CoverageLevel level) => level switch
    {
        CoverageLevel.None => "not covered",
        CoverageLevel.Covered => "covered (no planned time)",
        CoverageLevel.Under => "under the plan",
        CoverageLevel.OnPlan => "on plan",
        CoverageLevel.Over => "over the plan",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not a coverage level"),
    };
}
