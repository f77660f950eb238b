using System.IO.Compression;
using System.Text.Json;
using Addin.Sdk.Risk;
using Microsoft.ML;

namespace Addin.Plugins.MlNetRisk;

/// <summary>
/// A trained model: ML.NET scores the chance of failing; the factors are the features that pushed it up most
/// (weight × standardised value), strongest first. Saved as a zip holding ML.NET's model and the parameters.
/// </summary>
internal sealed class LogisticRiskModel(MLContext ml, ITransformer model, ModelParameters parameters, RiskLevels levels) : ITrainedRiskModel
{
    private const string ModelEntry = "mlnet-model.zip";
    private const string ParametersEntry = "parameters.json";
    private const int MaxFactors = 3;

    public Task<IReadOnlyList<RiskAssessment>> AssessAsync(IReadOnlyList<StudentSignals> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        var standardised = new float[students.Count][];
        for (int i = 0; i < students.Count; i++)
        {
            standardised[i] = parameters.Standardise(RiskFeatures.Of(students[i].Weeks));
        }

        var scored = model.Transform(ml.Data.LoadFromEnumerable(standardised.Select(f => new FeatureRow { Features = f })));
        var probabilities = ml.Data.CreateEnumerable<FailurePrediction>(scored, reuseRowObject: true).Select(p => (double)p.Probability).ToArray();
        var assessments = new RiskAssessment[students.Count];
        for (int i = 0; i < students.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            assessments[i] = new RiskAssessment
            {
                StudentKey = students[i].StudentKey,
                CourseKey = students[i].CourseKey,
                Score = probabilities[i],
                Level = levels.Of(probabilities[i]),
                Factors = Factors(students[i].Weeks, standardised[i]),
            };
        }

        return Task.FromResult<IReadOnlyList<RiskAssessment>>(assessments);
    }

    private List<RiskFactor> Factors(IReadOnlyList<WeeklySignals> weeks, float[] standardised)
    {
        var pushes = new List<(int Feature, double Contribution)>(standardised.Length);
        for (int i = 0; i < standardised.Length; i++)
        {
            double contribution = parameters.Weights[i] * standardised[i];
            if (contribution > 0)
            {
                pushes.Add((i, contribution));
            }
        }

        double total = pushes.Sum(p => p.Contribution);
        var factors = new List<RiskFactor>(MaxFactors);
        foreach (var (feature, contribution) in pushes.OrderByDescending(p => p.Contribution))
        {
            if (RiskFeatures.Describe(feature, weeks) is { } words)
            {
                factors.Add(new RiskFactor(parameters.Codes[feature], words, contribution / total));
            }

            if (factors.Count == MaxFactors)
            {
                break;
            }
        }

        return factors;
    }

    public async Task SaveAsync(Stream destination, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        await using (var entry = await zip.CreateEntry(ModelEntry).OpenAsync(cancellationToken))
        using (var buffer = new MemoryStream())
        {
            // ML.NET writes with seeks, which a zip entry stream does not allow.
            ml.Model.Save(model, null, buffer);
            buffer.Position = 0;
            await buffer.CopyToAsync(entry, cancellationToken);
        }

        await using var json = await zip.CreateEntry(ParametersEntry).OpenAsync(cancellationToken);
        await JsonSerializer.SerializeAsync(json, parameters, cancellationToken: cancellationToken);
    }

    /// <summary>Reads a model written by <see cref="SaveAsync"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not such a model.</exception>
    public static async Task<LogisticRiskModel> LoadAsync(Stream source, RiskLevels levels, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var modelEntry = zip.GetEntry(ModelEntry);
        var parametersEntry = zip.GetEntry(ParametersEntry);
        if (modelEntry is null || parametersEntry is null)
        {
            throw new InvalidDataException($"it lacks {ModelEntry} or {ParametersEntry}: it was not written by ./addin risk train");
        }

        using var buffer = new MemoryStream();
        await using (var stream = await modelEntry.OpenAsync(cancellationToken))
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        buffer.Position = 0;
        var ml = new MLContext();
        var model = ml.Model.Load(buffer, out _);
        await using var json = await parametersEntry.OpenAsync(cancellationToken);
        var parameters = await JsonSerializer.DeserializeAsync<ModelParameters>(json, cancellationToken: cancellationToken)
                         ?? throw new InvalidDataException($"{ParametersEntry} is empty");
        if (!parameters.Codes.SequenceEqual(RiskFeatures.Codes))
        {
            throw new InvalidDataException($"it was trained on the features {string.Join(", ", parameters.Codes)}, not this version's; train it again");
        }

        return new LogisticRiskModel(ml, model, parameters, levels);
    }
}
