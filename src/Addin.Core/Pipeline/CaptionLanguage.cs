using System.Globalization;

namespace Addin.Core.Pipeline;

/// <summary>Turns a transcript's language (a BCP 47 tag such as <c>en-US</c>) into the ISO 639-2 code an MP4 track is tagged with.</summary>
public static class CaptionLanguage
{
    /// <summary>The language of unknown captions in MP4.</summary>
    public const string Undetermined = "und";

    public static string Iso6392(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return Undetermined;
        }

        try
        {
            string code = CultureInfo.GetCultureInfo(tag.Trim()).ThreeLetterISOLanguageName;
            return code.Length == 3 && code.All(char.IsAsciiLetterLower) ? code : Undetermined;
        }
        catch (CultureNotFoundException)
        {
            return Undetermined;
        }
    }
}
