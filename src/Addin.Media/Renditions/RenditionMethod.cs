namespace Addin.Media.Renditions;

/// <summary>How a rendition's tracks were made.</summary>
public enum RenditionMethod
{
    /// <summary>Every track copied as it was: no re-encoding, minutes of recording in seconds.</summary>
    StreamCopy,

    /// <summary>At least one track re-encoded (to H.264 or AAC), because browsers cannot play it as it was.</summary>
    Transcoded,
}
