namespace Addin.Core.Pipeline;

/// <summary>Maps one step's 0..1 onto its share of the stage's progress.</summary>
internal sealed class StageStepProgress(IProgress<double> stage, double from, double to) : IProgress<double>
{
    public void Report(double value) => stage.Report(from + ((to - from) * Math.Clamp(value, 0, 1)));
}
