using System.Text;

namespace Addin.Core.Courses;

/// <summary>The kinds of ids a remote service knows a course by, and how a typed id is checked and written.</summary>
public static class ExternalIdKinds
{
    /// <summary>A Zoom meeting id (9 to 11 digits); the Zoom source maps recordings of that meeting to the course.</summary>
    public const string ZoomMeeting = "zoom-meeting";

    /// <summary>A Microsoft Teams team (group) id.</summary>
    public const string TeamsTeam = "teams-team";

    /// <summary>A Microsoft Teams online meeting id (or its join link); the Teams source maps recordings of that meeting to the course.</summary>
    public const string TeamsMeeting = "teams-meeting";

    public static IReadOnlyList<string> All { get; } = [ZoomMeeting, TeamsTeam, TeamsMeeting];

    /// <summary>The id in its normal form, or why it is not one of this kind.</summary>
    public static (string? Value, string? Problem) Normalize(string kind, string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return kind switch
        {
            ZoomMeeting => ZoomMeetingId(input),
            TeamsMeeting => TeamsMeetingId.Normalize(input),
            TeamsTeam => OpaqueId(input),
            _ => (null, $"'{kind}' is not a kind of course id; the kinds are {string.Join(", ", All)}."),
        };
    }

    /// <summary>Zoom shows meeting ids with spaces or dashes (845 1234 5678); only the digits count.</summary>
    private static (string?, string?) ZoomMeetingId(string input)
    {
        var digits = new StringBuilder();
        foreach (char c in input.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-'))
            {
                return (null, "A Zoom meeting ID has only digits (spaces and dashes are allowed), as Zoom shows it, for example 845 1234 5678.");
            }
        }

        return digits.Length is >= 9 and <= 11 && digits[0] != '0'
            ? (digits.ToString(), null)
            : (null, "A Zoom meeting ID has 9 to 11 digits, for example 845 1234 5678. Copy it from the meeting's invitation in Zoom.");
    }

    private static (string?, string?) OpaqueId(string input)
    {
        string value = input.Trim();
        return value.Length is > 0 and <= 300 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            ? (value, null)
            : (null, "The id must be 1 to 300 characters without spaces.");
    }
}
