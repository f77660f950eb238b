using Addin.Core.Risk;

namespace Addin.Core.Tests.Risk;

/// <summary>Reading an activity CSV: each bad field named with its line, column and fix; good rows kept.</summary>
public sealed class ActivityCsvTests
{
    private const string Header = "student,course,date,kind,value\n";

    [Theory]
    [InlineData(",alg,2026-09-07,attendance,1", "student", "Give the student's LMS user id")]
    [InlineData("s1,,2026-09-07,attendance,1", "course", "Give the course's LMS id (the LTI context id).")]
    [InlineData("s1,alg,07/09/2026,attendance,1", "date", "Write it as YYYY-MM-DD, for example 2026-09-14.")]
    [InlineData("s1,alg,2026-09-07,attendence,1", "kind", "Use one of attendance, activity_count, assessment_score, assessment_due, outcome.")]
    [InlineData("s1,alg,2026-09-07,attendance,yes", "value", "Write a number with a dot for decimals")]
    [InlineData("s1,alg,2026-09-07,attendance,0.5", "value", "Write 1 when the student attended the session and 0 when they missed it.")]
    [InlineData("s1,alg,2026-09-07,outcome,2", "value", "Write 1 when the student passed the course and 0 when they failed or dropped out.")]
    [InlineData("s1,alg,2026-09-07,assessment_score,101", "value", "Write the score as a fraction from 0 to 1 or a percentage from 0 to 100.")]
    [InlineData("s1,alg,2026-09-07,activity_count,-3", "value", "Write a whole number of 0 or more.")]
    [InlineData("s1,alg,2026-09-07,assessment_due,1.5", "value", "Write a whole number of 0 or more.")]
    public void Read_ABadField_IsNamedWithItsLineColumnAndFix_AndTheGoodRowIsKept(string row, string column, string fix)
    {
        var (rows, problems) = ActivityCsv.Read(new StringReader(Header + "s0,alg,2026-09-07,attendance,1\n" + row + "\n"));

        var problem = Assert.Single(problems);
        Assert.Equal((3, column), (problem.Line, problem.Column));
        Assert.Contains(fix, problem.Fix, StringComparison.Ordinal);
        Assert.Equal("s0", Assert.Single(rows).Student);
    }

    [Fact]
    public void Read_ScoresAsPercentages_AndColumnsInAnyOrder_AreNormalised()
    {
        var (rows, problems) = ActivityCsv.Read(new StringReader("Kind,Value,Date,Course,Student\nassessment_score,85,2026-09-07,alg,s1\nASSESSMENT_SCORE,0.4,2026-09-08,alg,s1\n"));

        Assert.Empty(problems);
        Assert.Equal([(ActivityKind.AssessmentScore, 0.85), (ActivityKind.AssessmentScore, 0.4)], rows.Select(r => (r.Kind, r.Value)));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("student,course,date,value\ns1,alg,2026-09-07,1\n", "line 1: the header lacks kind; it must be 'student,course,date,kind,value'.")]
    public void Read_NoUsableHeader_ReadsNothing(string csv, string message)
    {
        var ex = Assert.Throws<FormatException>(() => ActivityCsv.Read(new StringReader(csv)));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
