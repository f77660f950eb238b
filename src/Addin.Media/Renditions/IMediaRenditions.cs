using Addin.Media.Probing;

namespace Addin.Media.Renditions;

/// <summary>
/// Makes the versions of a recording that playback and download need. Video is never re-encoded unless browsers
/// cannot play it; every output appears whole or not at all, and a cancelled or failed run leaves nothing behind.
/// </summary>
public interface IMediaRenditions
{
    /// <summary>Writes the first audio track as AAC in an M4A (faststart): copied when it is AAC already, encoded otherwise.</summary>
    /// <param name="input">The recording.</param>
    /// <param name="probe">The recording's probe, which decides copy or encode and measures progress.</param>
    /// <param name="outputM4a">Where to write; replaced if it exists.</param>
    /// <param name="progress">Receives 0..1, increasing, ending with 1 on success.</param>
    /// <param name="ct">Cancels the work and stops ffmpeg.</param>
    /// <exception cref="MediaProcessingException">No audio track, damaged input, timeout or another ffmpeg failure.</exception>
    Task<RenditionMethod> CreateAudioOnlyAsync(string input, MediaProbe probe, string outputM4a, IProgress<double>? progress, CancellationToken ct);

    /// <summary>
    /// Takes <see cref="ThumbnailStripSpec.Count"/> frames spread over the recording, each by a fast seek to the
    /// nearest keyframe before it (one short decode per frame, never the whole video), tiles them into one JPEG
    /// sprite, and writes a WebVTT thumbnails track whose cues point into it.
    /// </summary>
    /// <param name="input">The recording.</param>
    /// <param name="probe">The recording's probe (duration, picture size).</param>
    /// <param name="outputSprite">Where to write the sprite JPEG.</param>
    /// <param name="outputTrack">Where to write the WebVTT track; its cues name the sprite by its file name.</param>
    /// <param name="spec">How many frames, and their size.</param>
    /// <param name="progress">Receives 0..1 as frames are taken, ending with 1.</param>
    /// <param name="ct">Cancels the work and stops ffmpeg.</param>
    /// <exception cref="MediaProcessingException">No video track, no frame decodable, timeout or another ffmpeg failure.</exception>
    Task<ThumbnailStrip> CreateThumbnailStripAsync(
        string input, MediaProbe probe, string outputSprite, string outputTrack, ThumbnailStripSpec spec, IProgress<double>? progress, CancellationToken ct);

    /// <summary>
    /// Writes an MP4 that browsers play while it downloads (index first): the first video and audio tracks copied when
    /// browsers play them in MP4, otherwise re-encoded to H.264 / AAC.
    /// </summary>
    /// <param name="input">The recording.</param>
    /// <param name="probe">The recording's probe, which decides copy or encode per track and measures progress.</param>
    /// <param name="outputMp4">Where to write; replaced if it exists.</param>
    /// <param name="progress">Receives 0..1, increasing, ending with 1 on success.</param>
    /// <param name="ct">Cancels the work and stops ffmpeg.</param>
    /// <exception cref="MediaProcessingException">No video track, damaged input, timeout or another ffmpeg failure.</exception>
    Task<RenditionMethod> CreatePlayableMp4Async(string input, MediaProbe probe, string outputMp4, IProgress<double>? progress, CancellationToken ct);

    /// <summary>
    /// Writes one file to download: the input's video and audio copied, the captions added as a text track tagged with
    /// their language and shown by default — an MP4 (mov_text, index first), or a WebM (WebVTT) for a WebM input.
    /// </summary>
    /// <param name="input">A browser-playable MP4 or M4A (the output of <see cref="CreatePlayableMp4Async"/> or <see cref="CreateAudioOnlyAsync"/>), or a browser-playable WebM.</param>
    /// <param name="duration">The input's duration, which progress is measured against.</param>
    /// <param name="captionsVtt">The captions as WebVTT.</param>
    /// <param name="language">The captions' ISO 639-2 language code (<c>eng</c>); anything else is written as <c>und</c>.</param>
    /// <param name="output">Where to write; replaced if it exists. A <c>.webm</c> output gets a WebVTT track, any other an MP4 with a mov_text track and faststart.</param>
    /// <param name="progress">Receives 0..1, increasing, ending with 1 on success.</param>
    /// <param name="ct">Cancels the work and stops ffmpeg.</param>
    /// <exception cref="MediaProcessingException">Damaged input or captions, timeout or another ffmpeg failure.</exception>
    Task CreateDownloadAsync(string input, TimeSpan duration, string captionsVtt, string language, string output, IProgress<double>? progress, CancellationToken ct);
}
