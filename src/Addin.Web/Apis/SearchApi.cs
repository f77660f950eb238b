using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Search;
using Addin.Web.Audit;
using Addin.Web.Pages;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Apis;

/// <summary>Transcript search across the recordings the viewer may see, a course's, or one recording's.</summary>
public static class SearchApi
{
    public const int DefaultLimit = 20;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync)
            .RequireViewer(api: true)
            .WithTags("Search")
            .WithName("SearchTranscripts")
            .WithSummary("Moments where the words (or \"quoted phrases\") were said, most relevant first, in recordings the viewer may see.");
        return app;
    }

    private static async Task<Ok<SearchResultsDto>> SearchAsync(
        string? q, long? course, long? recording, int? limit, HttpContext http, TranscriptSearch search, AuditLog audit, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var scope = new SearchScope(course, recording);
        var results = await search.SearchAsync(viewer.Viewer, scope, SearchQuery.Parse(q), limit ?? DefaultLimit, cancellationToken);
        var (targetType, targetId) = recording is { } r ? ("recording", r) : course is { } c ? ("course", c) : ("search", (long?)null);
        await audit.RecordAsync(http.Audit(viewer, AuditActions.SearchTranscripts, targetType, targetId?.ToString(CultureInfo.InvariantCulture), allowed: true), cancellationToken);
        return TypedResults.Ok(SearchResultsDto.From(results, viewer.Token));
    }
}

/// <summary>
/// Search results as JSON. <c>query</c> is what was searched (after making the input safe) and <c>adjustments</c> why
/// it differs from what was typed. Each hit's <c>snippetHtml</c> is HTML-encoded, with only the matches in
/// <c>&lt;mark&gt;</c>; <c>url</c> opens the recording page at the moment.
/// </summary>
public sealed record SearchResultsDto(string Query, IReadOnlyList<string> Adjustments, int TotalMoments, int TotalRecordings, IReadOnlyList<SearchHitDto> Hits)
{
    public static SearchResultsDto From(TranscriptSearchResults results, string token)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new SearchResultsDto(
            results.Query.Text,
            results.Query.Adjustments,
            results.TotalMoments,
            results.TotalRecordings,
            results.Hits.Select(h => new SearchHitDto(
                h.RecordingId, h.RecordingTitle, h.CourseTitle, h.SessionAt, h.StartSeconds, h.Speaker,
                h.Snippet.PlainText, h.Snippet.ToHtml(), PageLinks.Recording(h.RecordingId, token, h.StartSeconds))).ToList());
    }
}

/// <summary>One moment: the recording, when it starts (seconds), who spoke, the snippet as text and as HTML, and its link.</summary>
public sealed record SearchHitDto(
    long RecordingId, string Title, string Course, DateTimeOffset SessionAt, double Start, string? Speaker, string Snippet, string SnippetHtml, string Url);
