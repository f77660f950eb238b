using Addin.Core.Recaps;

namespace Addin.Core.Tests.Recaps;

/// <summary>The curriculum plan CSV: topics in order, quoted fields, and errors that name the line and the fix.</summary>
public sealed class CurriculumPlanCsvTests
{
    [Fact]
    public void Read_GivesTopicsInPlanOrder_WithKeywordsAndPlannedMinutes()
    {
        const string csv = """
            Topic,Keywords,Planned_Minutes
            Adding fractions,denominator; numerator;common denominator,15
            "Fractions, decimals and percentages","percent;""per cent"";decimal point",7.5

            Word problems,,
            """;

        var plan = CurriculumPlanCsv.Read(new StringReader(csv));

        Assert.Equal(["adding-fractions", "fractions-decimals-and-percentages", "word-problems"], plan.Select(t => t.Id));
        Assert.Equal("Fractions, decimals and percentages", plan[1].Title);
        Assert.Equal(["denominator", "numerator", "common denominator"], plan[0].Keywords);
        Assert.Equal(["percent", "\"per cent\"", "decimal point"], plan[1].Keywords);
        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(7.5), null], plan.Select(t => t.PlannedDuration));
        Assert.Empty(plan[2].Keywords);
    }

    [Theory]
    [InlineData("", "the curriculum plan is empty; its first line must be the header 'topic,keywords,planned_minutes'.")]
    [InlineData("topic,words\nA,b", "line 1: the header lacks keywords, planned_minutes")]
    [InlineData("topic,keywords,planned_minutes\nA,b,soon", "line 2: planned_minutes 'soon' is not a number of minutes")]
    [InlineData("topic,keywords,planned_minutes\nA,b,-3", "line 2: planned_minutes '-3' is not a number of minutes")]
    [InlineData("topic,keywords,planned_minutes\nA,b,1\n,c,2", "line 3: the topic is empty")]
    [InlineData("topic,keywords,planned_minutes\nAdding,b,1\nadding!,c,2", "line 3: the topic 'adding!' is already in the plan")]
    [InlineData("topic,keywords,planned_minutes\n\"A,b,1\nB,c,2", "line 2: a quoted field is not closed")]
    [InlineData("topic,keywords,planned_minutes\n\"A\"x,b,1", "line 2: text follows a quoted field's closing quote")]
    public void Read_RefusesABadPlan_NamingTheLine(string csv, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CurriculumPlanCsv.Read(new StringReader(csv)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
