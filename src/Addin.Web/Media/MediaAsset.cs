namespace Addin.Web.Media;

/// <summary>The files of a recording a page may link to.</summary>
public enum MediaAsset
{
    Original,
    Poster,
    Captions,
}
