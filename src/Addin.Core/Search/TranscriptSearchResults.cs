namespace Addin.Core.Search;

/// <summary>
/// The most relevant moments the viewer may see, and how many there were in all (moments and recordings): counts and
/// hits are taken after the access policy, so they say nothing about recordings the viewer cannot see.
/// </summary>
public sealed record TranscriptSearchResults(SearchQuery Query, int TotalMoments, int TotalRecordings, IReadOnlyList<TranscriptHit> Hits);
