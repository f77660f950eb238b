namespace Addin.Media.Speech;

/// <summary>Finds a TrueType font for ffmpeg's drawtext filter; a machine without fonts gets pictures without text.</summary>
internal static class FontLocator
{
    private const string FontsFolder = "/usr/share/fonts";

    private static readonly string[] Preferred =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
    ];

    public static string? Find() =>
        Preferred.FirstOrDefault(File.Exists) ??
        (Directory.Exists(FontsFolder)
            ? Directory.EnumerateFiles(FontsFolder, "*.ttf", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).FirstOrDefault()
            : null);
}
