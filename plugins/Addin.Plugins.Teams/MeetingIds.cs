using System.Text;
using System.Text.RegularExpressions;

namespace Addin.Plugins.Teams;

/// <summary>What Graph's ids and resource paths say about a Teams meeting.</summary>
internal static partial class MeetingIds
{
    /// <summary>The external id kind a course's Teams meeting id is kept under.</summary>
    public const string MeetingIdKind = "teams-meeting";

    /// <summary>
    /// The organizer of an online meeting: its id is base64 of <c>1*{organizer user id}*0**{chat thread id}</c>. Null when
    /// the id is not of that form.
    /// </summary>
    public static string? OrganizerOf(string meetingId)
    {
        try
        {
            string text = Encoding.UTF8.GetString(Convert.FromBase64String(meetingId));
            string[] parts = text.Split('*');
            return parts.Length >= 2 && parts[0] == "1" && Guid.TryParse(parts[1], out _) ? parts[1] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The meeting and item a notification's resource names:
    /// <c>communications/onlineMeetings('M')/recordings('R')</c> or <c>users/U/onlineMeetings('M')/transcripts('T')</c>.
    /// </summary>
    public static (string MeetingId, string Kind, string ItemId)? ParseResource(string? resource)
    {
        var match = resource is null ? Match.Empty : Resource().Match(resource);
        return match.Success ? (match.Groups["meeting"].Value, match.Groups["kind"].Value, match.Groups["item"].Value) : null;
    }

    [GeneratedRegex(@"onlineMeetings(\('|/)(?<meeting>[^'/()]+)('\))?/(?<kind>recordings|transcripts)(\('|/)(?<item>[^'/()]+)('\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Resource();
}
