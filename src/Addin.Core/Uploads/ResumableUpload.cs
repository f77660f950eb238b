using Addin.Core.Courses;
using Addin.Core.People;

namespace Addin.Core.Uploads;

/// <summary>
/// A recording being uploaded in pieces (tus). The bytes received so far are in a file on the scratch disk; the row
/// says how many, so an upload interrupted by the network or a restart of Addin continues where it stopped.
/// </summary>
public sealed class ResumableUpload
{
    /// <summary>The id in the upload's URL: random, 32 hex digits.</summary>
    public required string Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    /// <summary>The person who started it; only they may continue or cancel it.</summary>
    public long PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The size of the whole file, declared when the upload started.</summary>
    public long Length { get; set; }

    /// <summary>How many bytes are received and kept.</summary>
    public long Offset { get; set; }

    /// <summary>The file name the browser gave; never trusted as a path.</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public string? Title { get; set; }

    /// <summary>The name of the transcript sent with the recording, if any.</summary>
    public string? TranscriptName { get; set; }

    /// <summary>The transcript's text (WebVTT or SRT), if any.</summary>
    public string? Transcript { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the upload is given up if no more bytes arrive; every piece received moves it on.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public bool IsComplete => Offset == Length;
}
