namespace Addin.Media.Processing;

/// <summary>Derives files from a recording with ffmpeg. Outputs appear whole or not at all.</summary>
public interface IMediaProcessor
{
    /// <summary>Writes the first audio track as 16 kHz mono 16-bit PCM WAV, the input speech engines expect.</summary>
    /// <param name="input">The recording.</param>
    /// <param name="outputWav">Where to write the WAV; replaced if it exists.</param>
    /// <param name="duration">The recording's duration from the probe, which progress is measured against.</param>
    /// <param name="progress">Receives 0..1, increasing, ending with 1 on success.</param>
    /// <param name="ct">Cancels the extraction and stops ffmpeg.</param>
    /// <exception cref="MediaProcessingException">No audio track, damaged input, timeout or another ffmpeg failure.</exception>
    Task ExtractSpeechAudioAsync(string input, string outputWav, TimeSpan duration, IProgress<double>? progress, CancellationToken ct);

    /// <summary>Writes one JPEG frame, <paramref name="width"/> pixels wide with the picture's aspect kept.</summary>
    /// <param name="input">The recording.</param>
    /// <param name="outputJpeg">Where to write the JPEG; replaced if it exists.</param>
    /// <param name="at">The moment to show; at or past the end, 10% of the duration is used instead.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="ct">Cancels the work and stops ffmpeg.</param>
    /// <exception cref="MediaProcessingException">No video track, damaged input, timeout or another ffmpeg failure.</exception>
    Task CreatePosterAsync(string input, string outputJpeg, TimeSpan at, int width, CancellationToken ct);
}
