using System.Text.Json;

namespace Addin.Lti.Claims;

/// <summary>
/// Typed reads over a JWT payload (or one of its object claims). Strict reads throw
/// <see cref="LtiValidationException"/> with <see cref="LtiErrorCode.InvalidClaim"/> on a wrong JSON type;
/// lenient reads return null instead, for display-only claims a platform may get slightly wrong.
/// </summary>
internal sealed class ClaimSet
{
    private readonly JsonElement _object;
    private readonly string _path;

    public ClaimSet(JsonElement jsonObject, string path = "")
    {
        _object = jsonObject;
        _path = path;
    }

    /// <summary>The string value; null when absent or JSON null.</summary>
    public string? String(string name) =>
        TryGet(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw WrongType(name, "a string")
            : null;

    /// <summary>The string value; null when absent, null, or not a string.</summary>
    public string? StringOrNull(string name) =>
        TryGet(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An array of strings, or a single string read as a one-element array; null when absent.</summary>
    public IReadOnlyList<string>? StringArray(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw WrongType(name, "an array of strings");
        }

        return value.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    /// <summary>A JWT NumericDate (seconds since the epoch, fractions truncated); null when absent.</summary>
    public DateTimeOffset? NumericDate(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds)
            || seconds < 0 || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw WrongType(name, "a NumericDate (seconds since 1970)");
        }

        return DateTimeOffset.FromUnixTimeSeconds((long)seconds);
    }

    /// <summary>
    /// A boolean; null when absent. The strings <c>"true"</c> and <c>"false"</c> count too: the 1EdTech JSON schemas
    /// type some flags as string enums, and platforms follow either reading.
    /// </summary>
    public bool? Bool(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when value.ValueEquals("true") => true,
            JsonValueKind.String when value.ValueEquals("false") => false,
            _ => throw WrongType(name, "true or false"),
        };
    }

    /// <summary>
    /// An absolute http(s) URL; null when absent. A value that is not one throws with
    /// <see cref="LtiErrorCode.InvalidClaim"/>.
    /// </summary>
    public Uri? HttpUrl(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return ClaimUrls.TryParseHttp(text, out var url) ? url : throw WrongType(name, "an absolute http(s) URL");
    }

    /// <summary>An integer; null when absent or not an integer.</summary>
    public int? IntOrNull(string name) =>
        TryGet(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    /// <summary>An object claim; null when absent or JSON null.</summary>
    public ClaimSet? Object(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new ClaimSet(value, QualifiedName(name) + ".")
            : throw WrongType(name, "a JSON object");
    }

    /// <summary>Every property as text: strings as they are, other JSON values as their JSON text.</summary>
    public IReadOnlyDictionary<string, string> AsStringDictionary()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in _object.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            result[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : property.Value.GetRawText();
        }

        return result;
    }

    /// <summary>A detached copy of the raw claim value; null when absent.</summary>
    public JsonElement? Raw(string name) => TryGet(name, out var value) ? value.Clone() : null;

    private bool TryGet(string name, out JsonElement value) =>
        _object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private string QualifiedName(string name) => _path + name;

    private LtiValidationException WrongType(string name, string expected) =>
        new(LtiErrorCode.InvalidClaim, $"Claim '{QualifiedName(name)}' must be {expected}. The platform sent a malformed LTI message.");
}
