using System.Globalization;

namespace Addin.PluginHost.Versioning;

/// <summary>A semantic version (https://semver.org): <c>major.minor.patch[-prerelease][+build]</c>, ordered by precedence.</summary>
internal readonly record struct SemanticVersion(int Major, int Minor, int Patch, string Prerelease = "") : IComparable<SemanticVersion>
{
    public static bool TryParse(string text, out SemanticVersion version)
    {
        version = default;
        int plus = text.IndexOf('+', StringComparison.Ordinal);
        string core = plus < 0 ? text : text[..plus];
        int dash = core.IndexOf('-', StringComparison.Ordinal);
        string prerelease = dash < 0 ? "" : core[(dash + 1)..];
        string[] parts = (dash < 0 ? core : core[..dash]).Split('.');
        if (parts.Length != 3 || (dash >= 0 && prerelease.Length == 0) ||
            !TryNumber(parts[0], out int major) || !TryNumber(parts[1], out int minor) || !TryNumber(parts[2], out int patch))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, prerelease);
        return true;
    }

    public int CompareTo(SemanticVersion other)
    {
        int byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        // A pre-release comes before its release: 1.0.0-beta < 1.0.0.
        return (Prerelease.Length == 0, other.Prerelease.Length == 0) switch
        {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => -1,
            _ => ComparePrerelease(Prerelease, other.Prerelease),
        };
    }

    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}") + (Prerelease.Length > 0 ? "-" + Prerelease : "");

    internal static bool TryNumber(string text, out int value)
    {
        value = 0;
        return text.Length > 0 && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0') &&
               int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static int ComparePrerelease(string left, string right)
    {
        string[] a = left.Split('.');
        string[] b = right.Split('.');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            bool aNumeric = TryNumber(a[i], out int x);
            bool bNumeric = TryNumber(b[i], out int y);
            int order = (aNumeric, bNumeric) switch
            {
                (true, true) => x.CompareTo(y),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
