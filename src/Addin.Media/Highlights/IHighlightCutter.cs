using Addin.Media.Probing;

namespace Addin.Media.Highlights;

/// <summary>Cuts a highlight clip: the parts of a recording a <see cref="ClipTimeline"/> names, joined into one MP4.</summary>
public interface IHighlightCutter
{
    /// <summary>
    /// Decodes only the parts (each by a seek to its start, cut at the exact frame), joins them and encodes the result
    /// as H.264 / AAC in an MP4 with its index first. Written whole or not at all.
    /// </summary>
    /// <param name="input">The recording (its browser MP4 or the original).</param>
    /// <param name="probe">The recording's probe: which tracks it has.</param>
    /// <param name="timeline">The parts to join.</param>
    /// <param name="outputMp4">Where to write; replaced if it exists.</param>
    /// <param name="progress">Receives 0..1, increasing, ending with 1 on success.</param>
    /// <param name="ct">Cancels the work and stops ffmpeg.</param>
    /// <exception cref="MediaProcessingException">A missing or damaged input, no tracks, a timeout or another ffmpeg failure.</exception>
    Task CutAsync(string input, MediaProbe probe, ClipTimeline timeline, string outputMp4, IProgress<double>? progress, CancellationToken ct);
}
