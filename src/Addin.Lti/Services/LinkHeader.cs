namespace Addin.Lti.Services;

/// <summary>Reads <c>Link</c> response headers (RFC 8288), as NRPS and AGS use them for paging.</summary>
internal static class LinkHeader
{
    /// <summary>The first link with relation <paramref name="rel"/>, resolved against the request URL; null if none.</summary>
    public static Uri? Find(HttpResponseMessage response, Uri requestUrl, string rel)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            foreach (var (target, rels) in Parse(value))
            {
                if (rels.Contains(rel, StringComparer.OrdinalIgnoreCase) && Uri.TryCreate(requestUrl, target, out var resolved))
                {
                    return resolved;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Splits one header value into its links. Commas and semicolons inside <c>&lt;…&gt;</c> and quoted strings do not
    /// split; a <c>rel</c> holds space-separated relation types. Malformed parts are skipped, not thrown on.
    /// </summary>
    public static IReadOnlyList<(string Target, IReadOnlyList<string> Rels)> Parse(string value)
    {
        var links = new List<(string, IReadOnlyList<string>)>();
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && (value[i] == ',' || char.IsWhiteSpace(value[i])))
            {
                i++;
            }

            if (i >= value.Length)
            {
                break;
            }

            if (value[i] != '<')
            {
                SkipToNextLink(value, ref i);
                continue;
            }

            var close = value.IndexOf('>', i + 1);
            if (close < 0)
            {
                break;
            }

            var target = value[(i + 1)..close].Trim();
            i = close + 1;
            IReadOnlyList<string>? rels = null;
            while (i < value.Length && value[i] != ',')
            {
                if (value[i] != ';')
                {
                    i++;
                    continue;
                }

                i++;
                var (name, parameterValue) = ReadParameter(value, ref i);
                if (rels is null && name.Equals("rel", StringComparison.OrdinalIgnoreCase) && parameterValue is not null)
                {
                    rels = parameterValue.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                }
            }

            links.Add((target, rels ?? []));
        }

        return links;
    }

    private static (string Name, string? Value) ReadParameter(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && s[i] is not ('=' or ';' or ','))
        {
            i++;
        }

        var name = s[start..i].Trim();
        if (i >= s.Length || s[i] != '=')
        {
            return (name, null);
        }

        i++;
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        if (i < s.Length && s[i] == '"')
        {
            i++;
            var quoted = new System.Text.StringBuilder();
            while (i < s.Length && s[i] != '"')
            {
                if (s[i] == '\\' && i + 1 < s.Length)
                {
                    i++;
                }

                quoted.Append(s[i]);
                i++;
            }

            i = Math.Min(i + 1, s.Length);
            return (name, quoted.ToString());
        }

        start = i;
        while (i < s.Length && s[i] is not (';' or ','))
        {
            i++;
        }

        return (name, s[start..i].Trim());
    }

    private static void SkipToNextLink(string s, ref int i)
    {
        var quoted = false;
        while (i < s.Length && (quoted || s[i] != ','))
        {
            if (s[i] == '"')
            {
                quoted = !quoted;
            }

            i++;
        }
    }
}
