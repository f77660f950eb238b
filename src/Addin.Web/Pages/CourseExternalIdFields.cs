using Addin.Core.Courses;

namespace Addin.Web.Pages;

/// <summary>
/// The course ids a teacher is asked for on the course page, by the platform's recording source: the Zoom source maps
/// recordings by Zoom meeting id, the Teams source by online meeting (its join link). A source not listed asks for none.
/// </summary>
public static class CourseExternalIdFields
{
    private static readonly Dictionary<string, IReadOnlyList<ExternalIdField>> BySource = new(StringComparer.Ordinal)
    {
        ["zoom"] =
        [
            new(ExternalIdKinds.ZoomMeeting, "Zoom meeting ID",
                "The ID of the recurring Zoom meeting this course meets in (as in its invitation, e.g. 845 1234 5678). Its cloud recordings are imported into this course; leave it empty to stop."),
        ],
        ["teams"] =
        [
            new(ExternalIdKinds.TeamsMeeting, "Teams meeting",
                "The join link of the recurring Teams meeting this course meets in (from its invitation: https://teams.microsoft.com/l/meetup-join/…). Its recordings and transcripts are imported into this course; leave it empty to stop."),
        ],
    };

    public static IReadOnlyList<ExternalIdField> For(string sourceProviderId) => BySource.GetValueOrDefault(sourceProviderId, []);

    /// <summary>The label of a kind, for messages.</summary>
    public static string Label(string kind) =>
        BySource.Values.SelectMany(f => f).FirstOrDefault(f => f.Kind == kind)?.Label ?? kind;
}

/// <summary>A course id field: its kind, label, help text, and the course's current value.</summary>
public sealed record ExternalIdField(string Kind, string Label, string Hint, string? Value = null);
