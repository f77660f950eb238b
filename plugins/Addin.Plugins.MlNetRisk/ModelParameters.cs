namespace Addin.Plugins.MlNetRisk;

/// <summary>
/// What the host needs beside the ML.NET model to explain a score: how each feature was standardised and its weight.
/// A feature's contribution to a student's score is its weight times its standardised value.
/// </summary>
internal sealed record ModelParameters(string[] Codes, double[] Means, double[] Deviations, double[] Weights)
{
    public float[] Standardise(float[] features)
    {
        var z = new float[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            z[i] = (float)((features[i] - Means[i]) / Deviations[i]);
        }

        return z;
    }

    public static (double[] Means, double[] Deviations) Fit(IReadOnlyList<float[]> rows, int count)
    {
        var means = new double[count];
        var deviations = new double[count];
        for (int i = 0; i < count; i++)
        {
            double mean = rows.Average(r => r[i]);
            double variance = rows.Average(r => (r[i] - mean) * (r[i] - mean));
            means[i] = mean;
            // A feature that never varies carries no information; dividing by 1 keeps it at 0 instead of NaN.
            deviations[i] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        return (means, deviations);
    }
}
