namespace Addin.Web.Pages;

/// <summary>The brief page of a session: the stored brief (links carry the viewer's session), or when it will be written.</summary>
public sealed record BriefPageModel(
    PageViewer Viewer,
    long SessionId,
    long CourseId,
    string CourseTitle,
    string SessionTitle,
    DateTimeOffset? StartsAt,
    string? BriefHtml,
    DateTimeOffset? GeneratedAt,
    DateTimeOffset? DueAt,
    string? DeliveryNote);

/// <summary>A session still to come, on the course page.</summary>
public sealed record UpcomingSession(long Id, string Title, DateTimeOffset StartsAt, string? TimeZone, string? InstructorName, string? SubstituteName, bool HasBrief, bool CanOpenBrief);

/// <summary>Someone who can be chosen as a substitute on the schedule form.</summary>
public sealed record SubstituteChoice(long PersonId, string Name);
