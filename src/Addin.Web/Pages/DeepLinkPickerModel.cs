using System.Globalization;
using Addin.Core.Recordings;

namespace Addin.Web.Pages;

/// <summary>
/// What an instructor can place into the LMS from Addin. Each kind becomes one ltiResourceLink; a session brief will be
/// another kind once briefs exist.
/// </summary>
public enum PickableKind
{
    /// <summary>One recording: the link opens it.</summary>
    Recording,

    /// <summary>The course's recording list: the link opens the course page of the course it is placed in.</summary>
    CourseRecordings,
}

/// <summary>One thing the picker offers. <see cref="Value"/> is what the form sends back.</summary>
public sealed record PickableItem(PickableKind Kind, long Id, string Title)
{
    public DateTimeOffset? At { get; init; }

    public TimeSpan? Duration { get; init; }

    public PipelineStage? Stage { get; init; }

    public RecordingStatus? Status { get; init; }

    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Name(Kind)}:{Id}");

    /// <summary>The stage as the picker shows it: "ready", or the stage a recording is still in.</summary>
    public string? StageText => Status switch
    {
        null => null,
        RecordingStatus.Ready => "ready",
        _ => $"processing ({Stage?.ToString().ToLowerInvariant()})",
    };

    private static string Name(PickableKind kind) => kind switch
    {
        PickableKind.Recording => "recording",
        PickableKind.CourseRecordings => "course",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>The content picker a deep linking launch opens.</summary>
/// <param name="PickToken">The pending selection, posted back with the choice.</param>
/// <param name="Recordings">The course's recordings the instructor may place.</param>
/// <param name="CourseList">The course's recording list.</param>
public sealed record DeepLinkPickerModel(
    PageViewer Viewer,
    string CourseTitle,
    string PickToken,
    IReadOnlyList<PickableItem> Recordings,
    PickableItem CourseList)
{
    /// <summary>Whether the platform takes several items (checkboxes) or one (radio buttons).</summary>
    public bool Multiple { get; init; }

    /// <summary>Why nothing can be placed from here (the platform does not accept links that launch Addin); null when it can.</summary>
    public string? NotAccepted { get; init; }

    /// <summary>How the LMS will open the links, when it said.</summary>
    public string? OpensIn { get; init; }

    /// <summary>What was wrong with the last submit.</summary>
    public string? Error { get; init; }

    /// <summary>The values chosen in the last submit, kept checked when the page is shown again.</summary>
    public IReadOnlyCollection<string> Selected { get; init; } = [];

    public bool CanPlace => NotAccepted is null;
}
