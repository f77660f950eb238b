using System.Globalization;
using System.Text.RegularExpressions;

namespace Addin.Core.Briefs;

/// <summary>
/// Links inside a stored brief. They are written without a page session (a stored brief outlives any session), and the
/// page that shows the brief adds its viewer's session to each.
/// </summary>
public static partial class BriefLinks
{
    /// <summary>The player at a moment: the recording page opens at <c>#t=SECONDS</c>.</summary>
    public static string Moment(long recordingId, double seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"/app/recording/{recordingId}#t={Math.Max(0, seconds):0.###}");

    /// <summary>The brief's HTML with the session query (<c>name=value</c>, already escaped) added to every link to Addin's pages.</summary>
    public static string WithSession(string html, string sessionQuery)
    {
        ArgumentNullException.ThrowIfNull(html);
        return AppLink().Replace(html, m => $"href=\"{m.Groups[1].Value}?{sessionQuery}{m.Groups[2].Value}\"");
    }

    [GeneratedRegex("href=\"(/app/[^\"?#]*)(#[^\"]*)?\"")]
    private static partial Regex AppLink();
}
