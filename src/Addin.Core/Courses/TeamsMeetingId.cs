using System.Text;
using System.Text.Json;

namespace Addin.Core.Courses;

/// <summary>
/// A Teams online meeting as Microsoft Graph identifies it: base64 of <c>1*{organizer user id}*0**{chat thread id}</c>.
/// Teachers know a meeting by its join link, which carries both parts (the thread in the path, the organizer as
/// <c>Oid</c> in the <c>context</c> parameter), so either the link or the id is taken.
/// </summary>
public static class TeamsMeetingId
{
    private const string Help =
        "Paste the meeting's join link from its invitation (https://teams.microsoft.com/l/meetup-join/…) or its Graph online meeting id. " +
        "Short links (teams.microsoft.com/meet/…) do not name the organizer; open the invitation in Outlook or Teams and copy the full link.";

    /// <summary>The Graph meeting id, or why the input is neither a join link nor a meeting id.</summary>
    public static (string? Value, string? Problem) Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string text = input.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps)
        {
            return FromJoinLink(link) is { } id ? (id, null) : (null, "That link is not a Teams meeting join link. " + Help);
        }

        return IsMeetingId(text) ? (text, null) : (null, "That is not a Teams meeting. " + Help);
    }

    private static string? FromJoinLink(Uri link)
    {
        string[] segments = link.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int join = Array.IndexOf(segments, "meetup-join");
        if (join < 0 || join + 1 >= segments.Length)
        {
            return null;
        }

        string thread = Uri.UnescapeDataString(segments[join + 1]);
        string? context = link.Query.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[0] == "context")
            .Select(p => Uri.UnescapeDataString(p[1]))
            .FirstOrDefault();
        if (!thread.StartsWith("19:", StringComparison.Ordinal) || context is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(context);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("Oid", out var oid) &&
                   Guid.TryParse(oid.GetString(), out var organizer)
                ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"1*{organizer:D}*0**{thread}"))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsMeetingId(string text)
    {
        if (text.Length is 0 or > 300)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[text.Length];
        if (!Convert.TryFromBase64String(text, bytes, out int written))
        {
            return false;
        }

        string[] parts = Encoding.UTF8.GetString(bytes[..written]).Split('*');
        return parts.Length >= 5 && parts[0] == "1" && Guid.TryParse(parts[1], out _) && parts[^1].StartsWith("19:", StringComparison.Ordinal);
    }
}
