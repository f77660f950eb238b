using Addin.Core.Risk;

namespace Addin.Core.Tests.Risk;

/// <summary>The generated history: the same for the same seed, and its CSV imports back to the same weekly signals.</summary>
public sealed class RiskHistoryGeneratorTests
{
    [Fact]
    public void Generate_TheSameSeed_GivesTheSameHistory_AndAnotherSeedAnother()
    {
        string Csv(int seed)
        {
            var text = new StringWriter();
            RiskHistoryGenerator.WriteCsv(RiskHistoryGenerator.Generate(50, 6, seed), text);
            return text.ToString();
        }

        string seven = Csv(7);
        Assert.Equal(seven, Csv(7));
        Assert.NotEqual(seven, Csv(8));
    }

    [Fact]
    public void WriteCsv_ReadBackThroughTheAccumulator_GivesTheGeneratedSignals()
    {
        var history = RiskHistoryGenerator.Generate(60, 8, seed: 3);
        var csv = new StringWriter();
        RiskHistoryGenerator.WriteCsv(history, csv);

        var (rows, problems) = ActivityCsv.Read(new StringReader(csv.ToString()));
        var signals = new SignalsAccumulator();
        var ids = rows.Select(r => r.Student).Concat(rows.Select(r => r.Course)).Distinct().Select((key, i) => (key, id: (long)i)).ToDictionary(x => x.key, x => x.id);
        var keys = ids.ToDictionary(x => x.Value, x => x.Key);
        foreach (var row in rows)
        {
            signals.AddActivity(ids[row.Course], ids[row.Student], row.Date, row.Kind, row.Value);
        }

        var rebuilt = signals.Build(c => keys[c], p => keys[p]).ToDictionary(s => s.StudentKey);
        Assert.Empty(problems);
        Assert.Equal(60, rows.Count(r => r.Kind == ActivityKind.Outcome));
        Assert.All(history, h =>
        {
            var weeks = rebuilt[h.Signals.StudentKey].Weeks;
            Assert.Equal(
                h.Signals.Weeks.Select(w => (w.WeekStart, w.SessionsScheduled, w.SessionsAttended, w.ActivityCount, w.AssessmentsDue, Round(w.AssessmentScore))),
                weeks.Select(w => (w.WeekStart, w.SessionsScheduled, w.SessionsAttended, w.ActivityCount, w.AssessmentsDue, Round(w.AssessmentScore))));
        });
    }

    private static double? Round(double? score) => score is { } s ? Math.Round(s, 4) : null;
}
