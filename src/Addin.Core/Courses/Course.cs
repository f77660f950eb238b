using Addin.Core.Institutions;

namespace Addin.Core.Courses;

/// <summary>An LMS course (LTI context) on a platform.</summary>
public sealed class Course
{
    public long Id { get; set; }

    public long PlatformId { get; set; }

    public Platform? Platform { get; set; }

    /// <summary>The LTI context id.</summary>
    public required string ContextId { get; set; }

    /// <summary>Addin's stable key for the course, safe as a folder name (the watched folder is named after it).</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public string? Label { get; set; }

    /// <summary>The LMS's roster endpoint for the course (LTI Names and Role Provisioning), from the latest launch.</summary>
    public string? MembershipsUrl { get; set; }

    /// <summary>The LMS's grade book endpoint for the course (LTI Assignment and Grade Services), from the latest launch.</summary>
    public string? LineItemsUrl { get; set; }

    /// <summary>When the roster was last read from the LMS.</summary>
    public DateTimeOffset? RosterSyncedAt { get; set; }

    /// <summary>
    /// An instructor switched automatic import on for the course. Only read when its platform imports
    /// <see cref="AutomaticImport.OptInPerCourse"/>; uploads are imported either way.
    /// </summary>
    public bool AutomaticImportOptIn { get; set; }

    /// <summary>Terms and names said in the course, one a line (<see cref="CourseVocabulary"/>): hints for engines and the caption editor.</summary>
    public string? Vocabulary { get; set; }

    /// <summary>The languages captions are translated into, as BCP 47 tags separated by commas (<see cref="CaptionTranslationLanguages"/>).</summary>
    public string? CaptionLanguages { get; set; }

    public List<Enrollment> Enrollments { get; } = [];
}
