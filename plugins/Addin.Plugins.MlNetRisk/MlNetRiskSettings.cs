namespace Addin.Plugins.MlNetRisk;

/// <summary>Where the trained model is and where its levels start, as <c>plugin.json</c> describes them.</summary>
public sealed class MlNetRiskSettings
{
    public string ModelPath { get; set; } = "risk/model.zip";

    public double MediumAt { get; set; } = 0.3;

    public double HighAt { get; set; } = 0.6;
}
