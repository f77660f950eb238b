namespace Addin.Media.Tests.Support;

/// <summary>Records progress reports synchronously, in the order ffmpeg's output produced them.</summary>
internal sealed class RecordingProgress(Action<double>? onReport = null) : IProgress<double>
{
    private readonly List<double> _reports = [];

    public IReadOnlyList<double> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(double value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }

        onReport?.Invoke(value);
    }
}
