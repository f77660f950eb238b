using System.Text;
using System.Text.Json;

namespace Addin.Lti.Registration.Dynamic;

/// <summary>Turns a platform's error body into one short line for a message: never the whole body, never markup.</summary>
internal static class ErrorBodySummary
{
    private const int MaxLength = 300;

    public static string Summarise(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(empty body)";
        }

        return Clean(FromJson(body) ?? body);
    }

    // RFC 7591 §3.2.2 {error, error_description}; Canvas {errors: [...] or {...}}; others {message}.
    private static string? FromJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var parts = new List<string>();
            AddString(parts, root, "error");
            AddString(parts, root, "error_description");
            AddString(parts, root, "message");
            if (root.TryGetProperty("errors", out var errors))
            {
                parts.Add(errors.ValueKind == JsonValueKind.String ? errors.GetString()! : errors.GetRawText());
            }

            return parts.Count > 0 ? string.Join(": ", parts) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void AddString(List<string> parts, JsonElement root, string name)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            parts.Add(text);
        }
    }

    private static string Clean(string text)
    {
        var result = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space && (lastWasSpace || result.Length == 0))
            {
                continue;
            }

            result.Append(space ? ' ' : c);
            lastWasSpace = space;
            if (result.Length > MaxLength)
            {
                return result.ToString(0, MaxLength).TrimEnd() + "…";
            }
        }

        return result.ToString().TrimEnd();
    }
}
