using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Addin.Lti.Services;

/// <summary>
/// Summarises what a platform said in an error response, for exception messages and logs: the OAuth
/// <c>error</c>/<c>error_description</c>, common JSON error shapes, an HTML page's title, or the text cut short.
/// Anything shaped like a JWT is blanked out, in case a platform echoes the request.
/// </summary>
internal static partial class PlatformErrorText
{
    private const int MaxLength = 300;

    public static async Task<(string? Error, string? Description)> ReadAsync(HttpContent content, CancellationToken ct)
    {
        string text;
        try
        {
            text = await content.ReadAsStringAsync(ct);
        }
        catch (HttpRequestException)
        {
            return (null, null);
        }

        return Summarise(text);
    }

    internal static (string? Error, string? Description) Summarise(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        if (trimmed[0] is '{' or '[')
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                return FromJson(document.RootElement);
            }
            catch (JsonException)
            {
                // Not JSON after all: summarise the text.
            }
        }

        if (trimmed[0] == '<')
        {
            var title = HtmlTitle().Match(trimmed);
            return (null, title.Success ? Clean(title.Groups[1].Value) : "an HTML page");
        }

        return (null, Clean(trimmed));
    }

    private static (string? Error, string? Description) FromJson(JsonElement root)
    {
        string? error = null;
        var pieces = new List<string>();
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("error", out var e))
            {
                if (e.ValueKind == JsonValueKind.String)
                {
                    error = e.GetString();
                }
                else
                {
                    CollectMessages(e, pieces);
                }
            }

            foreach (var name in (string[])["error_description", "message", "title", "detail"])
            {
                if (root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
                {
                    pieces.Add(p.GetString()!);
                }
            }

            if (root.TryGetProperty("errors", out var errors))
            {
                CollectMessages(errors, pieces);
            }
        }
        else
        {
            CollectMessages(root, pieces);
        }

        var description = string.Join("; ", pieces.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal));
        return (error is null ? null : Clean(error), description.Length == 0 ? null : Clean(description));
    }

    private static void CollectMessages(JsonElement element, List<string> pieces)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                pieces.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().Take(5))
                {
                    CollectMessages(item, pieces);
                }

                break;
            case JsonValueKind.Object:
                if (element.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                {
                    pieces.Add(message.GetString()!);
                }
                else if (element.TryGetProperty("errors", out var nested))
                {
                    CollectMessages(nested, pieces);
                }

                break;
        }
    }

    private static string Clean(string text)
    {
        var collapsed = Whitespace().Replace(JwtLike().Replace(text, "[token]"), " ").Trim();
        var builder = new StringBuilder(Math.Min(collapsed.Length, MaxLength + 1));
        foreach (var c in collapsed)
        {
            if (builder.Length >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    // A JWT's header is base64url JSON, so it starts with "eyJ"; host names with dots are left alone.
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")]
    private static partial Regex JwtLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlTitle();
}
