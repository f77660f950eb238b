namespace Addin.Sdk.Recordings;

/// <summary>The courses a source imports for, on one platform.</summary>
public sealed record SourceScope
{
    /// <summary>The platform's key.</summary>
    public required string PlatformKey { get; init; }

    /// <summary>The courses, each with the ids a remote service may know it by.</summary>
    public required IReadOnlyList<CourseBinding> Courses { get; init; }
}

/// <summary>A course, and the external ids (team id, meeting ids, …) that map remote recordings to it.</summary>
public sealed record CourseBinding
{
    /// <summary>Addin's stable key for the course.</summary>
    public required string CourseKey { get; init; }

    /// <summary>The course title, for logs and folder names.</summary>
    public required string Title { get; init; }

    /// <summary>External ids by kind, for example <c>teams-team</c> → team id, <c>zoom-meeting</c> → meeting id.</summary>
    public IReadOnlyDictionary<string, string> ExternalIds { get; init; } = new Dictionary<string, string>();
}
