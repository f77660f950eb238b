using Addin.Core.Risk;
using Addin.Plugins.RuleRisk;
using Addin.Sdk.Plugins;
using Addin.Sdk.Risk;
using Addin.Testing;

namespace Addin.Plugins.MlNetRisk.Tests;

/// <summary>
/// The ML.NET model trained on a generated history whose pattern (students who fail fall below their own earlier
/// activity) a fixed threshold cannot see, judged against the rule-based default by the host's evaluation.
/// </summary>
public sealed class MlNetRiskModelTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Train_OnTheGeneratedHistory_BeatsTheRuleBasedModel_OnceStudentsStartToFall()
    {
        var (train, test) = RiskEvaluation.Split(RiskHistoryGenerator.Generate(students: 1500, weeks: 12, seed: 42));
        var trained = await Trainer().TrainAsync(train, CancellationToken.None);

        var weeks = await RiskEvaluation.CompareAsync(trained, Rules(), test, CancellationToken.None);

        Assert.Equal(12, weeks.Count);
        // Students who fail start to fall from week 3 (see RiskHistoryGenerator); before that nobody can tell them apart.
        Assert.All(weeks.Skip(2), w => Assert.True(w.AucGain > 0, $"week {w.Week}: AUC {w.Trained.Auc:0.000} against the rules' {w.Baseline.Auc:0.000}"));
        Assert.All(weeks.Skip(3), w => Assert.True(w.AucGain > 0.05, $"week {w.Week}: AUC {w.Trained.Auc:0.000} against the rules' {w.Baseline.Auc:0.000}"));
        var last = weeks[^1];
        Assert.True(last.Trained.Auc > 0.85, $"the trained model's AUC at the end is {last.Trained.Auc:0.000}");
        Assert.True(last.Trained.PrecisionAtTop10 > last.Baseline.PrecisionAtTop10);
    }

    [Fact]
    public async Task SaveAndLoad_ThroughTheSettingsModelPath_ScoresTheSame_WithFactorsInWordsStrongestFirst()
    {
        var history = RiskHistoryGenerator.Generate(students: 400, weeks: 10, seed: 3);
        var trained = await Trainer().TrainAsync(history, CancellationToken.None);
        string path = data.Combine("risk", "model.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
        {
            await trained.SaveAsync(file, CancellationToken.None);
        }

        var loaded = new MlNetRiskModelFactory().Create(TestProviderContext.Create("mlnet-risk", data.Path, """{ "modelPath": "risk/model.zip" }"""));
        var students = history.Take(50).Select(h => h.Signals).ToList();
        var before = await trained.AssessAsync(students, CancellationToken.None);
        var after = await loaded.AssessAsync(students, CancellationToken.None);

        Assert.Equal(before.Select(a => Math.Round(a.Score, 5)), after.Select(a => Math.Round(a.Score, 5)));
        var riskiest = after.MaxBy(a => a.Score)!;
        Assert.Equal(RiskLevel.High, riskiest.Level);
        Assert.NotEmpty(riskiest.Factors);
        Assert.Equal(riskiest.Factors.OrderByDescending(f => f.Weight), riskiest.Factors);
        Assert.All(riskiest.Factors, f => Assert.Matches(@"\d", f.Description));
    }

    [Fact]
    public async Task Train_AFallingStudent_IsExplainedByTheirActivityAgainstTheirOwnAverage()
    {
        var trained = await Trainer().TrainAsync(RiskHistoryGenerator.Generate(students: 600, weeks: 10, seed: 5), CancellationToken.None);
        var weeks = Enumerable.Range(0, 8).Select(w => new WeeklySignals
        {
            WeekStart = RiskHistoryGenerator.CourseStart.AddDays(7 * w),
            SessionsScheduled = 2,
            SessionsAttended = 2,
            ActivityCount = w < 6 ? 30 : 6,
        }).ToList();

        var assessment = (await trained.AssessAsync([new StudentSignals { StudentKey = "s", CourseKey = "c", Weeks = weeks }], CancellationToken.None)).Single();

        Assert.Equal("activity.change", assessment.Factors[0].Code);
        Assert.Equal("LMS activity in the last 2 weeks is 25% of the student's own weekly average (6 against 24 actions)", assessment.Factors[0].Description);
    }

    [Fact]
    public async Task Train_EveryoneWithTheSameOutcome_SaysWhatTheHistoryLacks()
    {
        var history = RiskHistoryGenerator.Generate(students: 20, weeks: 4, seed: 1).Select(h => h with { Failed = false }).ToList();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Trainer().TrainAsync(history, CancellationToken.None));

        Assert.Contains("0 of them failed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("./addin import activity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_WithoutATrainedModel_SaysHowToTrainOne()
    {
        var model = new MlNetRiskModelFactory().Create(TestProviderContext.Create("mlnet-risk", data.Path));

        var ex = await Assert.ThrowsAsync<FileNotFoundException>(() => model.AssessAsync([], CancellationToken.None));

        Assert.Contains($"./addin risk train --out {data.Combine("risk", "model.zip")}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_AFileThatIsNotAModel_SaysSo()
    {
        await File.WriteAllTextAsync(data.Combine("model.zip"), "not a zip");
        var model = new MlNetRiskModelFactory().Create(TestProviderContext.Create("mlnet-risk", data.Path, """{ "modelPath": "model.zip" }"""));

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => model.AssessAsync([], CancellationToken.None));

        Assert.Contains("is not a model of the ML.NET risk model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_HighAtNotAboveMediumAt_NamesTheSetting()
    {
        var ex = Assert.Throws<ProviderSettingsException>(() =>
            new MlNetRiskModelFactory().Create(TestProviderContext.Create("mlnet-risk", data.Path, """{ "mediumAt": 0.5, "highAt": 0.4 }""")));

        Assert.Equal("/highAt", ex.Setting);
    }

    [Fact]
    public void Features_CountMatchesTheCodes() => Assert.Equal(RiskFeatures.Count, RiskFeatures.Codes.Length);

    private IRiskModelTrainer Trainer() =>
        (IRiskModelTrainer)new MlNetRiskModelFactory().Create(TestProviderContext.Create("mlnet-risk", data.Path));

    private IRiskModel Rules() => new RuleRiskModelFactory().Create(TestProviderContext.Create("rule-risk", data.Path));
}
