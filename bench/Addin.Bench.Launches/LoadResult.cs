namespace Addin.Bench.Launches;

/// <summary>
/// What one load run measured: throughput, latency percentiles in milliseconds and, when the tool's process was watched,
/// the tool's processor time per operation in milliseconds.
/// </summary>
internal sealed record LoadResult(
    string Name, int Completed, int Failures, string? FirstFailure, double PerSecond, double P50, double P95, double P99, double? ToolCpuMs)
{
    public static LoadResult From(string name, IReadOnlyList<double> latencies, int failures, string? firstFailure, TimeSpan elapsed, TimeSpan? toolTime)
    {
        var sorted = latencies.Order().ToArray();
        double? toolCpuMs = toolTime is { } time && sorted.Length > 0 ? time.TotalMilliseconds / sorted.Length : null;
        return new LoadResult(name, sorted.Length, failures, firstFailure, sorted.Length / elapsed.TotalSeconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), toolCpuMs);
    }

    public override string ToString() =>
        $"{Name,-16} {PerSecond,8:F0}/s   p50 {P50,7:F1} ms   p95 {P95,7:F1} ms   p99 {P99,7:F1} ms   {Completed} ok, {Failures} failed" +
        (ToolCpuMs is { } cpu ? $"   Addin CPU {cpu:F3} ms each" : "") +
        (FirstFailure is null ? "" : $" (first: {FirstFailure})");

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
