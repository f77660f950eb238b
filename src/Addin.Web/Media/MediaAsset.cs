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

    /// <summary>The highlight clip of the recap's tagged moments; refused unless the person may see the recap.</summary>
    Highlights,

    /// <summary>The highlight clip's captions, on its timeline; refused unless the person may see the recap.</summary>
    HighlightCaptions,

    /// <summary>The WebVTT chapters track made from the recap's topics and moments; refused unless the person may see the recap.</summary>
    Chapters,
}

/// <summary>Which media are made from the recap, and so follow its review (students see them only once it is approved).</summary>
public static class MediaAssets
{
    public static bool IsMadeFromRecap(this MediaAsset asset) => asset is MediaAsset.Highlights or MediaAsset.HighlightCaptions or MediaAsset.Chapters;
}
