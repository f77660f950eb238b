namespace Addin.Core.Search;

/// <summary>A moment of a recording where the search matched: the line's start, its speaker and the snippet.</summary>
public sealed record TranscriptHit(
    long RecordingId,
    string RecordingTitle,
    string CourseTitle,
    DateTimeOffset SessionAt,
    double StartSeconds,
    string? Speaker,
    SearchSnippet Snippet);
