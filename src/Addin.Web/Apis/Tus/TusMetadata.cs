using System.Text;

namespace Addin.Web.Apis.Tus;

/// <summary>
/// The <c>Upload-Metadata</c> header: comma-separated pairs of a key and its value in Base64 (the value may be
/// left out). Keys are unique, without spaces or commas; values are read as UTF-8.
/// </summary>
public static class TusMetadata
{
    /// <summary>The pairs of the header, or the reason it is malformed.</summary>
    public static (IReadOnlyDictionary<string, string>? Values, string? Error) Parse(string? header)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(header))
        {
            return (values, null);
        }

        foreach (string pair in header.Split(','))
        {
            string[] parts = pair.Trim().Split(' ');
            string key = parts[0];
            if (key.Length == 0 || parts.Length > 2)
            {
                return (null, $"'{pair.Trim()}' is not a key followed by one Base64 value.");
            }

            string? value = parts.Length == 2 ? Decode(parts[1]) : "";
            if (value is null)
            {
                return (null, $"The value of '{key}' is not Base64-encoded UTF-8.");
            }

            if (!values.TryAdd(key, value))
            {
                return (null, $"The key '{key}' appears more than once.");
            }
        }

        return (values, null);
    }

    private static string? Decode(string base64)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(base64));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return null;
        }
    }
}
