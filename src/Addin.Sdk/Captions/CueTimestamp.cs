using System.Globalization;

namespace Addin.Sdk.Captions;

/// <summary>Reads and writes caption timestamps.</summary>
public static class CueTimestamp
{
    // The most hours that still fit in a TimeSpan with minutes, seconds and a fraction added. WebVTT puts no upper
    // bound on hours; without this, a hostile "999999999:00:00.000" would overflow instead of being refused.
    private static readonly long MaxHours = TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerHour - 1;

    /// <summary>
    /// Parses <c>[h…:]mm:ss.ttt</c> as WebVTT defines it (hours may have any number of digits, minutes and seconds
    /// are at most 59), and leniently what real files contain: single-digit fields and a one- or two-digit fraction
    /// as Microsoft Teams writes them (<c>0:0:5.32</c>), and a comma before the fraction as in SRT. A timestamp
    /// without a fraction, with more than three fraction digits, with a sign, or too large for a
    /// <see cref="TimeSpan"/> is refused.
    /// </summary>
    /// <param name="text">The timestamp; surrounding whitespace is ignored.</param>
    /// <param name="value">The time, when the result is <see langword="true"/>.</param>
    /// <returns>Whether <paramref name="text"/> is a timestamp.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        int fractionAt = text.IndexOfAny('.', ',');
        if (fractionAt < 0)
        {
            return false;
        }

        var fraction = text[(fractionAt + 1)..];
        if (fraction.Length is 0 or > 3 || !IsDigits(fraction))
        {
            return false;
        }

        var clock = text[..fractionAt];
        Span<Range> parts = stackalloc Range[4];
        int count = clock.Split(parts, ':');
        if (count is < 2 or > 3)
        {
            return false;
        }

        long hours = 0;
        int index = 0;
        if (count == 3 && (!TryField(clock[parts[index++]], 9, out hours) || hours > MaxHours))
        {
            return false;
        }

        if (!TryField(clock[parts[index++]], 2, out long minutes) || minutes > 59 ||
            !TryField(clock[parts[index]], 2, out long seconds) || seconds > 59)
        {
            return false;
        }

        long millis = long.Parse(fraction, CultureInfo.InvariantCulture) * (fraction.Length switch { 1 => 100, 2 => 10, _ => 1 });
        value = new TimeSpan(hours * TimeSpan.TicksPerHour + minutes * TimeSpan.TicksPerMinute + seconds * TimeSpan.TicksPerSecond +
                             millis * TimeSpan.TicksPerMillisecond);
        return true;
    }

    /// <summary>Formats as WebVTT <c>hh:mm:ss.ttt</c>, rounded to the nearest millisecond; hours grow past two digits when needed.</summary>
    public static string FormatVtt(TimeSpan value) => Format(value, '.');

    /// <summary>Formats as SRT <c>hh:mm:ss,ttt</c>, rounded to the nearest millisecond; hours grow past two digits when needed.</summary>
    public static string FormatSrt(TimeSpan value) => Format(value, ',');

    private static string Format(TimeSpan value, char separator)
    {
        // Rounding, not truncating: an engine's 2.9999999 s is meant as 3 s, and truncation would write 00:00:02.999.
        long millis = value <= TimeSpan.Zero
            ? 0
            : (value.Ticks / TimeSpan.TicksPerMillisecond) + (value.Ticks % TimeSpan.TicksPerMillisecond >= TimeSpan.TicksPerMillisecond / 2 ? 1 : 0);
        long hours = Math.DivRem(millis, 3_600_000, out long rest);
        long minutes = Math.DivRem(rest, 60_000, out rest);
        long seconds = Math.DivRem(rest, 1_000, out rest);
        return string.Create(CultureInfo.InvariantCulture, $"{hours:00}:{minutes:00}:{seconds:00}{separator}{rest:000}");
    }

    private static bool TryField(ReadOnlySpan<char> field, int maxDigits, out long value)
    {
        value = 0;
        return field.Length > 0 && field.Length <= maxDigits && IsDigits(field) &&
               long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
