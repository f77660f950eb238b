namespace Addin.Core.Risk;

/// <summary>One checked row of an activity CSV.</summary>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="Student">The student's LTI user id (<c>sub</c>).</param>
/// <param name="Course">The course's LTI context id.</param>
/// <param name="Value">The value, normalised: scores 0 to 1, attendance and outcome 0 or 1.</param>
public sealed record ActivityRow(int Line, string Student, string Course, DateOnly Date, ActivityKind Kind, double Value);

/// <summary>Why a row of an activity CSV was not imported, and what to do.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The column at fault, or empty when it is the whole row.</param>
public sealed record ActivityProblem(int Line, string Column, string Problem, string Fix)
{
    public override string ToString() =>
        Column.Length > 0 ? $"line {Line}, column {Column}: {Problem} {Fix}" : $"line {Line}: {Problem} {Fix}";
}
