using System.Globalization;
using System.Text.RegularExpressions;

namespace Addin.Plugins.SemanticKernelSummariser.Prompt;

/// <summary>The timestamps the model sees on each line and must quote back: <c>hh:mm:ss.f</c>.</summary>
internal static partial class LineClock
{
    public static string Format(TimeSpan time) =>
        ((int)time.TotalHours).ToString("00", CultureInfo.InvariantCulture) + time.ToString(@"\:mm\:ss\.f", CultureInfo.InvariantCulture);

    /// <summary>Reads <c>hh:mm:ss</c> with up to three decimals; anything else is not a timestamp of ours.</summary>
    public static bool TryParse(string? text, out TimeSpan time)
    {
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            time = default;
            return false;
        }

        double fraction = match.Groups[4].Success ? double.Parse("0" + match.Groups[4].Value, CultureInfo.InvariantCulture) : 0;
        time = new TimeSpan(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture)) + TimeSpan.FromSeconds(fraction);
        return true;
    }

    [GeneratedRegex(@"^(\d{1,3}):([0-5]\d):([0-5]\d)(\.\d{1,3})?$")]
    private static partial Regex Pattern();
}
