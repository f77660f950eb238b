using System.Globalization;
using System.Text.Json;

namespace Addin.Core.Attendance;

/// <summary>
/// Reads a Microsoft Teams attendance report as Microsoft Graph returns it: a <c>meetingAttendanceReport</c> fetched with
/// <c>$expand=attendanceRecords</c> (meeting start and end, and the attendees), or a bare <c>attendanceRecord</c> list
/// (<c>{"value":[…]}</c>, no meeting times). Pure parsing, no HTTP: a Teams source can hand it what Graph answered.
/// </summary>
public static class TeamsAttendanceReport
{
    /// <exception cref="FormatException">The text is not JSON or not an attendance report; the message says what is wrong and what to do.</exception>
    public static AttendanceReport Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"it is not JSON (line {(ex.LineNumber ?? 0) + 1}): {ex.Message.Split(" Path:")[0]} Save the report as Graph returns it.", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw NotAReport();
            }

            if (root.TryGetProperty("attendanceRecords", out var records) && records.ValueKind == JsonValueKind.Array)
            {
                return new AttendanceReport(Time(root, "meetingStartDateTime"), Time(root, "meetingEndDateTime"), Attendees(records));
            }

            if (root.TryGetProperty("value", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                return new AttendanceReport(null, null, Attendees(list));
            }

            throw NotAReport();
        }
    }

    private static FormatException NotAReport() => new(
        "it is not a Teams attendance report: it has neither 'attendanceRecords' nor 'value'. Export the report from Microsoft Graph with " +
        "GET /users/{organizer}/onlineMeetings/{meeting}/attendanceReports/{report}?$expand=attendanceRecords, or its /attendanceRecords list.");

    private static List<Attendee> Attendees(JsonElement records)
    {
        var attendees = new List<Attendee>();
        int index = 0;
        foreach (var record in records.EnumerateArray())
        {
            index++;
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"attendance record {index} is not an object.");
            }

            string? name = record.TryGetProperty("identity", out var identity) && identity.ValueKind == JsonValueKind.Object ? Text(identity, "displayName") : null;
            attendees.Add(new Attendee(Text(record, "emailAddress"), name, Text(record, "role"), Seconds(record, index)));
        }

        return attendees;
    }

    /// <summary>The record's total; when Graph left it out, the sum of its intervals.</summary>
    private static int Seconds(JsonElement record, int index)
    {
        if (record.TryGetProperty("totalAttendanceInSeconds", out var total) && total.ValueKind == JsonValueKind.Number)
        {
            return total.TryGetInt32(out int seconds) && seconds >= 0
                ? seconds
                : throw new FormatException($"attendance record {index}: totalAttendanceInSeconds {total.GetRawText()} is not a whole number of seconds from 0.");
        }

        if (record.TryGetProperty("attendanceIntervals", out var intervals) && intervals.ValueKind == JsonValueKind.Array)
        {
            return intervals.EnumerateArray().Sum(i => i.TryGetProperty("durationInSeconds", out var d) && d.TryGetInt32(out int s) && s > 0 ? s : 0);
        }

        throw new FormatException($"attendance record {index} has neither totalAttendanceInSeconds nor attendanceIntervals: it cannot say how long the person attended.");
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text.Trim() : null;

    private static DateTimeOffset? Time(JsonElement element, string property)
    {
        if (Text(element, property) is not { } text)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new FormatException($"{property} '{text}' is not a date and time.");
    }
}

/// <summary>A meeting's attendance: its times when the report gives them, and each attendee record.</summary>
public sealed record AttendanceReport(DateTimeOffset? MeetingStart, DateTimeOffset? MeetingEnd, IReadOnlyList<Attendee> Attendees);

/// <summary>One person in an attendance report, as Teams names them (email or UPN, display name) and how long they stayed.</summary>
public sealed record Attendee(string? Email, string? DisplayName, string? Role, int Seconds)
{
    public string Label => DisplayName is null ? Email ?? "(no name)" : Email is null ? DisplayName : $"{DisplayName} <{Email}>";
}
