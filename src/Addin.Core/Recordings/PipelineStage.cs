namespace Addin.Core.Recordings;

/// <summary>
/// The pipeline's stages. The numbers are stored in the database and never change; a new stage gets the next number,
/// and its place in the run is given by <see cref="PipelineOrder"/>, not by its number.
/// </summary>
public enum PipelineStage
{
    /// <summary>Found at the source; waiting to be fetched.</summary>
    Ingest = 0,

    /// <summary>Copying the media into the media store and checksumming it.</summary>
    Store = 1,

    /// <summary>Reading duration and streams with ffprobe; making the poster.</summary>
    Probe = 2,

    /// <summary>Importing or producing the transcript and captions.</summary>
    Transcript = 3,

    /// <summary>Done: playable.</summary>
    Ready = 4,

    /// <summary>Making the audio-only version, the thumbnails, the browser MP4 and the download MP4 with captions; runs after <see cref="Transcript"/>.</summary>
    Renditions = 5,

    /// <summary>Drafting the recap from the transcript, when AI processing is on; runs after <see cref="Renditions"/>.</summary>
    Recap = 6,

    /// <summary>Translating the captions into the course's further languages; runs after <see cref="Transcript"/>.</summary>
    Translations = 7,
}
