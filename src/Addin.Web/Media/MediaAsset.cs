namespace Addin.Web.Media;

/// <summary>The files of a recording a page may link to. The names are in signed URLs: add, never rename.</summary>
public enum MediaAsset
{
    Original,
    Poster,
    Captions,

    /// <summary>The MP4 browsers play (faststart; re-encoded only when the original cannot play).</summary>
    Playback,

    /// <summary>The audio-only M4A.</summary>
    AudioOnly,

    /// <summary>The WebVTT thumbnails track; served with its sprite references turned into signed URLs.</summary>
    Thumbnails,

    /// <summary>The JPEG sprite of the thumbnails.</summary>
    ThumbnailSprite,

    /// <summary>The whole session as one MP4 with captions, served as an attachment and audited.</summary>
    Download,

    /// <summary>The captions translated into one language (the grant names it).</summary>
    TranslatedCaptions,
}
