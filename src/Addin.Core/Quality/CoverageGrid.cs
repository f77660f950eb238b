using Addin.Sdk.Summaries;

namespace Addin.Core.Quality;

/// <summary>A course's curriculum coverage: minutes per plan topic for each session, each instructor and the whole course.</summary>
/// <param name="Topics">The plan's topics in order (the columns).</param>
/// <param name="Sessions">One row a session, in time order.</param>
/// <param name="Instructors">One row an instructor: their sessions' minutes added up.</param>
/// <param name="Course">Every session's minutes added up.</param>
public sealed record CoverageGrid(IReadOnlyList<CurriculumTopic> Topics, IReadOnlyList<CoverageRow> Sessions, IReadOnlyList<CoverageRow> Instructors, CoverageRow Course)
{
    /// <summary>The plan's minutes for the topic in column <paramref name="column"/>, if it has any.</summary>
    public double? Planned(int column) => Topics[column].PlannedDuration?.TotalMinutes;
}

/// <summary>A row of the grid: minutes per topic (in the grid's topic order), or null when the session has no measured transcript.</summary>
public sealed record CoverageRow(string Label, long? SessionId, DateTimeOffset? At, string? Instructor, IReadOnlyList<double>? Minutes);
