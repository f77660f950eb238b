using System.Text;

namespace Addin.Plugins.Folder;

/// <summary>Makes a safe file name from the name a browser sent, which is never trusted as a path.</summary>
internal static class UploadFileName
{
    private const int MaxStemLength = 100;
    private const string Fallback = "recording";

    /// <summary>Drops any directories, replaces characters other than letters, digits, space and <c>-_.()</c>, and keeps the extension.</summary>
    /// <returns>The stem (never empty, never starting with '.') and the extension (lower case with its dot, or empty).</returns>
    public static (string Stem, string Extension) Sanitise(string browserName)
    {
        ArgumentNullException.ThrowIfNull(browserName);
        string name = browserName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];

        int dot = name.LastIndexOf('.');
        bool hasExtension = dot > 0 && dot < name.Length - 1 && name[(dot + 1)..].All(char.IsAsciiLetterOrDigit);
        string stem = Clean(hasExtension ? name[..dot] : name);
        return (stem.Length == 0 ? Fallback : stem, hasExtension ? name[dot..].ToLowerInvariant() : "");
    }

    private static string Clean(string stem)
    {
        var clean = new StringBuilder(stem.Length);
        foreach (char c in stem)
        {
            clean.Append(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '(' or ')' ? c : '_');
        }

        // Leading dots would hide the file; trailing dots and spaces are dropped by some file systems.
        string trimmed = clean.ToString().Trim(' ', '.', '_');
        return trimmed.Length <= MaxStemLength ? trimmed : trimmed[..MaxStemLength].TrimEnd(' ', '.');
    }
}
