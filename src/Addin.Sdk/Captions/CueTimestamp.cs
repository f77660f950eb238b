using System.Globalization;

namespace Addin.Sdk.Captions;

/// <summary>Reads and writes caption timestamps.</summary>
public static class CueTimestamp
{
    /// <summary>
    /// Parses <c>[hh:]mm:ss.fff</c>. Lenient in what real files contain: single-digit fields as Microsoft Teams
    /// writes them (<c>0:0:5.32</c>) and a comma before the fraction as in SRT.
    /// </summary>
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
        if (count == 3 && !TryField(clock[parts[index++]], 9, out hours))
        {
            return false;
        }

        if (!TryField(clock[parts[index++]], 2, out long minutes) || minutes > 59 ||
            !TryField(clock[parts[index]], 2, out long seconds) || seconds > 59)
        {
            return false;
        }

        long millis = long.Parse(fraction, CultureInfo.InvariantCulture) * (fraction.Length switch { 1 => 100, 2 => 10, _ => 1 });
        value = TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds) + TimeSpan.FromMilliseconds(millis);
        return true;
    }

    /// <summary>Formats as WebVTT <c>hh:mm:ss.fff</c>.</summary>
    public static string FormatVtt(TimeSpan value) => Format(value, '.');

    /// <summary>Formats as SRT <c>hh:mm:ss,fff</c>.</summary>
    public static string FormatSrt(TimeSpan value) => Format(value, ',');

    private static string Format(TimeSpan value, char separator)
    {
        if (value < TimeSpan.Zero)
        {
            value = TimeSpan.Zero;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(long)value.TotalHours:00}:{value.Minutes:00}:{value.Seconds:00}{separator}{value.Milliseconds:000}");
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
