namespace Addin.Core.Risk;

/// <summary>Weeks start on Monday, as the signals count them.</summary>
public static class Weeks
{
    public static DateOnly StartOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
