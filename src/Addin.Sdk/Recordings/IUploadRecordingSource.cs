namespace Addin.Sdk.Recordings;

/// <summary>A source that accepts recordings uploaded by people (the upload form on a course page).</summary>
public interface IUploadRecordingSource : IRecordingSource
{
    /// <summary>Keeps the uploaded file where <see cref="IRecordingSource.OpenMediaAsync"/> can find it, and returns its reference.</summary>
    /// <param name="upload">The uploaded media and, optionally, a transcript for it.</param>
    /// <param name="cancellationToken">Cancels the upload; nothing is kept then.</param>
    Task<RecordingReference> AcceptUploadAsync(RecordingUpload upload, CancellationToken cancellationToken);
}

/// <summary>A recording a person uploads.</summary>
public sealed record RecordingUpload
{
    /// <summary>The course it belongs to.</summary>
    public required string CourseKey { get; init; }

    /// <summary>The file name as the person's browser gave it; never trusted as a path.</summary>
    public required string FileName { get; init; }

    /// <summary>The content type the browser declared.</summary>
    public required string ContentType { get; init; }

    /// <summary>The media bytes.</summary>
    public required Stream Media { get; init; }

    /// <summary>An optional transcript (WebVTT or SRT) uploaded with it.</summary>
    public TranscriptFile? Transcript { get; init; }

    /// <summary>An optional title; the file name is used otherwise.</summary>
    public string? Title { get; init; }
}
