using Addin.Sdk.Risk;
using Microsoft.ML;

namespace Addin.Plugins.MlNetRisk;

/// <summary>
/// Trains ML.NET's L-BFGS logistic regression (managed code, no native libraries). Each student gives one example per
/// week of their course, seeing only the weeks up to it, so the model is fit for every point of a course.
/// </summary>
internal sealed class LogisticTrainer(RiskLevels levels) : IRiskModelTrainer
{
    /// <summary>Fixed, so the same history trains the same model.</summary>
    private const int Seed = 7;

    public Task<ITrainedRiskModel> TrainAsync(IReadOnlyList<LabelledSignals> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        int failed = history.Count(h => h.Failed);
        if (failed == 0 || failed == history.Count)
        {
            throw new ArgumentException(
                $"The history has {history.Count} students with an outcome and {failed} of them failed: training needs students who passed and students who failed. " +
                "Import outcome rows (1 passed, 0 failed or dropped out) for finished courses with ./addin import activity.", nameof(history));
        }

        var features = new List<float[]>();
        var labels = new List<bool>();
        foreach (var (signals, outcome) in history)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int week = 1; week <= signals.Weeks.Count; week++)
            {
                features.Add(RiskFeatures.Of([.. signals.Weeks.Take(week)]));
                labels.Add(outcome);
            }
        }

        var (means, deviations) = ModelParameters.Fit(features, RiskFeatures.Count);
        var scaling = new ModelParameters(RiskFeatures.Codes, means, deviations, new double[RiskFeatures.Count]);
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(features.Select((f, i) => new FeatureRow { Features = scaling.Standardise(f), Label = labels[i] }));
        var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression().Fit(data);
        var weights = model.Model.SubModel.Weights.Select(w => (double)w).ToArray();
        return Task.FromResult<ITrainedRiskModel>(new LogisticRiskModel(ml, model, scaling with { Weights = weights }, levels));
    }
}
