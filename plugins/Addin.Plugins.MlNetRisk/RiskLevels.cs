using Addin.Sdk.Risk;

namespace Addin.Plugins.MlNetRisk;

/// <summary>The predicted chances of failing from which a student is at medium and at high risk.</summary>
internal sealed record RiskLevels(double MediumAt, double HighAt)
{
    public RiskLevel Of(double probability) => probability >= HighAt ? RiskLevel.High : probability >= MediumAt ? RiskLevel.Medium : RiskLevel.Low;
}
