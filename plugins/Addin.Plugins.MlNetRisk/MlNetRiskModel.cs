using Addin.Sdk.Risk;

namespace Addin.Plugins.MlNetRisk;

/// <summary>
/// The <c>mlnet-risk</c> provider: assesses with the model file its settings name (read once, on first use) and trains new
/// models for <c>./addin risk train</c>.
/// </summary>
internal sealed class MlNetRiskModel(string modelPath, IRiskModelTrainer trainer, RiskLevels levels) : IRiskModel, IRiskModelTrainer
{
    private readonly Lazy<Task<LogisticRiskModel>> model = new(() => LoadAsync(modelPath, levels));

    public async Task<IReadOnlyList<RiskAssessment>> AssessAsync(IReadOnlyList<StudentSignals> students, CancellationToken cancellationToken) =>
        await (await model.Value.WaitAsync(cancellationToken)).AssessAsync(students, cancellationToken);

    public Task<ITrainedRiskModel> TrainAsync(IReadOnlyList<LabelledSignals> history, CancellationToken cancellationToken) =>
        trainer.TrainAsync(history, cancellationToken);

    private static async Task<LogisticRiskModel> LoadAsync(string path, RiskLevels levels)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The ML.NET risk model has no trained model at {path}. Train one with ./addin risk train --out {path} (or set modelPath to the file).", path);
        }

        await using var file = File.OpenRead(path);
        try
        {
            return await LogisticRiskModel.LoadAsync(file, levels, CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new InvalidDataException($"{path} is not a model of the ML.NET risk model ({ex.Message}). Train one with ./addin risk train --out {path}.", ex);
        }
    }
}
