namespace Addin.Core.Playback;

/// <summary>A stretch of a recording, in seconds from its start.</summary>
public readonly record struct TimeRange(double Start, double End)
{
    public double Length => End - Start;
}
