using System.Globalization;

namespace Addin.Media.Processing;

/// <summary>Turns ffmpeg's <c>-progress</c> lines into a 0..1 fraction that only ever increases.</summary>
internal sealed class FfmpegProgress
{
    private const string OutTimeKey = "out_time_us=";
    private readonly TimeSpan _duration;
    private readonly IProgress<double>? _progress;
    private double _reported = -1;

    public FfmpegProgress(TimeSpan duration, IProgress<double>? progress)
    {
        _duration = duration;
        _progress = progress;
    }

    /// <summary>The furthest output time ffmpeg has reported.</summary>
    public TimeSpan Processed { get; private set; }

    public void OnLine(string line)
    {
        // Before the first packet ffmpeg writes "out_time_us=N/A", and after a seek the time can be negative.
        if (!line.StartsWith(OutTimeKey, StringComparison.Ordinal) ||
            !long.TryParse(line.AsSpan(OutTimeKey.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long microseconds))
        {
            return;
        }

        var time = TimeSpan.FromMicroseconds(microseconds);
        if (time <= Processed)
        {
            return;
        }

        Processed = time;
        if (_duration > TimeSpan.Zero)
        {
            Report(Math.Min(1.0, time / _duration));
        }
    }

    public void Complete() => Report(1.0);

    private void Report(double fraction)
    {
        if (_progress is null || fraction <= _reported)
        {
            return;
        }

        _reported = fraction;
        _progress.Report(fraction);
    }
}
