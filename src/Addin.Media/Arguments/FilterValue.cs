namespace Addin.Media.Arguments;

/// <summary>Escapes a value (a path) for use as an option inside an ffmpeg filter graph.</summary>
internal static class FilterValue
{
    /// <summary>
    /// The graph is unescaped twice: once when it is split into filters, once when a filter's options are split.
    /// A backslash before every ASCII character other than letters, digits and <c>/ . _ -</c>, at both levels,
    /// leaves nothing to be read as <c>:</c>, <c>,</c>, <c>;</c>, <c>[</c>, <c>]</c>, a quote or an escape.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return EscapeOnce(EscapeOnce(value));
    }

    private static string EscapeOnce(string value)
    {
        var escaped = new System.Text.StringBuilder(value.Length * 2);
        foreach (char c in value)
        {
            if (c < 128 && !char.IsAsciiLetterOrDigit(c) && c is not ('/' or '.' or '_' or '-'))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
