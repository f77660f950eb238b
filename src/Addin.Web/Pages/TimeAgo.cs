using System.Globalization;

namespace Addin.Web.Pages;

/// <summary>How long ago something happened, in words: "just now", "5 minutes ago", "1 day ago".</summary>
public static class TimeAgo
{
    public static string Describe(TimeSpan elapsed) =>
        elapsed < TimeSpan.FromMinutes(1) ? "just now"
        : elapsed < TimeSpan.FromHours(1) ? Count((int)elapsed.TotalMinutes, "minute")
        : elapsed < TimeSpan.FromDays(1) ? Count((int)elapsed.TotalHours, "hour")
        : Count((int)elapsed.TotalDays, "day");

    private static string Count(int n, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")} ago");
}
