namespace Addin.Core.Recordings;

/// <summary>The pipeline's stages, in order.</summary>
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
}
