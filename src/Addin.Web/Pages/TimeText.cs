using System.Globalization;

namespace Addin.Web.Pages;

/// <summary>Times within a recording as pages show them: <c>m:ss</c> under an hour, <c>h:mm:ss</c> from an hour on.</summary>
public static class TimeText
{
    public static string Clock(TimeSpan time)
    {
        var t = time < TimeSpan.Zero ? TimeSpan.Zero : time;
        int hours = (int)t.TotalHours;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");
    }

    public static string Clock(double seconds) => Clock(TimeSpan.FromSeconds(seconds));
}
