namespace Addin.Web.Media;

/// <summary>The file name a downloaded recording is saved under: its title, without what file systems refuse.</summary>
public static class DownloadName
{
    private const int MaxLength = 100;

    public static string For(string title, string extension)
    {
        ArgumentNullException.ThrowIfNull(title);
        var invalid = Path.GetInvalidFileNameChars();
        string name = new string([.. title.Select(c => char.IsControl(c) || invalid.Contains(c) || c is '\\' or ':' or '"' or '*' or '?' or '<' or '>' or '|' ? '_' : c)])
            .Trim().Trim('.');
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength].TrimEnd();
        }

        return (name.Length == 0 ? "recording" : name) + extension;
    }
}
