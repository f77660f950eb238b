using Microsoft.ML.Data;

namespace Addin.Plugins.MlNetRisk;

/// <summary>One student at one week, as ML.NET reads it: standardised features and, for training, whether they failed.</summary>
internal sealed class FeatureRow
{
    [VectorType(RiskFeatures.Count)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}

/// <summary>ML.NET's calibrated chance that the student fails.</summary>
internal sealed class FailurePrediction
{
    public float Probability { get; set; }
}
