using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Addin.Lti.Registration;
using Addin.Lti.Services.Tokens;
using Microsoft.Extensions.Logging;

namespace Addin.Lti.Services.Grades;

/// <summary>
/// Calls a platform's Assignment and Grade Services 2.0: line items (list, get, create, update, delete), scores
/// (publish) and results (read).
/// </summary>
/// <remarks>
/// Stateless apart from the token cache of the <see cref="ServiceTokenClient"/>, so it may be a typed HttpClient.
/// Service calls refresh the token once on 401 and wait out 429/503 as <see cref="LtiServiceOptions"/> allows.
/// Reading line items asks for <see cref="AgsScopes.LineItemReadOnly"/> unless the caller names other scopes, e.g.
/// <see cref="AgsScopes.LineItem"/> when the platform granted only that one.
/// </remarks>
public sealed partial class AssignmentGradesClient
{
    private static readonly string[] ReadScopes = [AgsScopes.LineItemReadOnly];
    private static readonly string[] WriteScopes = [AgsScopes.LineItem];
    private static readonly string[] ScoreScopes = [AgsScopes.Score];
    private static readonly string[] ResultScopes = [AgsScopes.ResultReadOnly];

    private readonly ServiceRequestSender _sender;
    private readonly ILogger<AssignmentGradesClient> _logger;

    /// <summary>Creates the client.</summary>
    public AssignmentGradesClient(HttpClient http, ServiceTokenClient tokens, ILogger<AssignmentGradesClient> logger)
    {
        _sender = new ServiceRequestSender(http, tokens, logger);
        _logger = logger;
    }

    /// <summary>The line items at <paramref name="lineItemsUrl"/> (the launch's AGS <c>lineitems</c>), across every page.</summary>
    /// <param name="platform">The registration the URL belongs to.</param>
    /// <param name="lineItemsUrl">The line items container URL.</param>
    /// <param name="query">Filters and page size.</param>
    /// <param name="scopes">The scopes to ask for; <see cref="AgsScopes.LineItemReadOnly"/> when null.</param>
    /// <param name="ct">Cancels the listing.</param>
    public async Task<IReadOnlyList<LineItem>> ListLineItemsAsync(
        PlatformRegistration platform, Uri lineItemsUrl, LineItemQuery query, IReadOnlyCollection<string>? scopes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(query);
        ServiceUrls.RequireHttp(lineItemsUrl, nameof(lineItemsUrl));
        if (query.Limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "LineItemQuery.Limit must be positive.");
        }

        var first = ServiceUrls.WithQuery(
            lineItemsUrl,
            ("resource_link_id", query.ResourceLinkId),
            ("resource_id", query.ResourceId),
            ("tag", query.Tag),
            ("limit", query.Limit?.ToString(CultureInfo.InvariantCulture)));
        var items = new List<LineItem>();
        await foreach (var page in _sender.GetPagesAsync(platform, scopes ?? ReadScopes, first, AgsMediaTypes.LineItemContainer, ct))
        {
            items.AddRange(ReadArray<LineItem>(platform, page, "line item container"));
        }

        return items;
    }

    /// <summary>One line item.</summary>
    /// <param name="platform">The registration the URL belongs to.</param>
    /// <param name="lineItemUrl">The line item's URL (its <see cref="LineItem.Id"/>, or the launch's AGS <c>lineitem</c>).</param>
    /// <param name="scopes">The scopes to ask for; <see cref="AgsScopes.LineItemReadOnly"/> when null.</param>
    /// <param name="ct">Cancels the call.</param>
    public async Task<LineItem> GetLineItemAsync(PlatformRegistration platform, Uri lineItemUrl, IReadOnlyCollection<string>? scopes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ServiceUrls.RequireHttp(lineItemUrl, nameof(lineItemUrl));
        using var response = await _sender.SendAsync(platform, scopes ?? ReadScopes, () => ServiceRequestSender.Get(lineItemUrl, AgsMediaTypes.LineItem), ct);
        return await ReadObjectAsync<LineItem>(platform, lineItemUrl, response, "line item", ct)
            ?? throw ServiceRequestSender.InvalidResponse(platform, lineItemUrl, "the body is empty");
    }

    /// <summary>Creates a line item in the container at <paramref name="lineItemsUrl"/>; returns it as the platform stored it, with its id.</summary>
    public async Task<LineItem> CreateLineItemAsync(PlatformRegistration platform, Uri lineItemsUrl, LineItem lineItem, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ServiceUrls.RequireHttp(lineItemsUrl, nameof(lineItemsUrl));
        Validate(lineItem);
        var body = JsonSerializer.Serialize(lineItem with { Id = null }, AgsJson.Options);
        using var response = await _sender.SendAsync(platform, WriteScopes, () => WithBody(HttpMethod.Post, lineItemsUrl, body, AgsMediaTypes.LineItem, AgsMediaTypes.LineItem), ct);
        var created = await ReadObjectAsync<LineItem>(platform, lineItemsUrl, response, "line item", ct);
        if (created?.Id is null)
        {
            throw ServiceRequestSender.InvalidResponse(platform, lineItemsUrl, "the created line item has no id");
        }

        LogLineItemCreated(platform.Key, ServiceUrls.Redact(created.Id), created.Label);
        return created;
    }

    /// <summary>Replaces the line item at its <see cref="LineItem.Id"/> (PUT); returns it as the platform stored it.</summary>
    public async Task<LineItem> UpdateLineItemAsync(PlatformRegistration platform, LineItem lineItem, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        Validate(lineItem);
        var url = lineItem.Id ?? throw new ArgumentException("LineItem.Id is required to update a line item.", nameof(lineItem));
        ServiceUrls.RequireHttp(url, nameof(lineItem));
        var body = JsonSerializer.Serialize(lineItem, AgsJson.Options);
        using var response = await _sender.SendAsync(platform, WriteScopes, () => WithBody(HttpMethod.Put, url, body, AgsMediaTypes.LineItem, AgsMediaTypes.LineItem), ct);

        // The specification has the platform answer with the line item; one that answers without a body stored what was sent.
        return await ReadObjectAsync<LineItem>(platform, url, response, "line item", ct) ?? lineItem;
    }

    /// <summary>Deletes the line item, and with it its results in the platform's gradebook.</summary>
    public async Task DeleteLineItemAsync(PlatformRegistration platform, Uri lineItemUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ServiceUrls.RequireHttp(lineItemUrl, nameof(lineItemUrl));
        using var response = await _sender.SendAsync(platform, WriteScopes, () => new HttpRequestMessage(HttpMethod.Delete, lineItemUrl), ct);
        LogLineItemDeleted(platform.Key, ServiceUrls.Redact(lineItemUrl));
    }

    /// <summary>
    /// Publishes a score to <c>{lineItemUrl}/scores</c> (the line item's query string, if any, kept after the path).
    /// Returns the result URL when the platform gives one (Canvas does), otherwise null.
    /// </summary>
    public async Task<Uri?> PostScoreAsync(PlatformRegistration platform, Uri lineItemUrl, Score score, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(score);
        ServiceUrls.RequireHttp(lineItemUrl, nameof(lineItemUrl));
        score.Validate();
        var url = ServiceUrls.AppendSegment(lineItemUrl, "scores");
        var body = JsonSerializer.Serialize(score, AgsJson.Options);
        using var response = await _sender.SendAsync(platform, ScoreScopes, () => WithBody(HttpMethod.Post, url, body, AgsMediaTypes.Score, accept: null), ct);
        LogScorePosted(platform.Key, ServiceUrls.Redact(url), score.ActivityProgress, score.GradingProgress);
        return await ReadResultUrlAsync(response, ct);
    }

    /// <summary>The results of the line item, across every page; only the given user's when <paramref name="userId"/> is set.</summary>
    public async Task<IReadOnlyList<Result>> GetResultsAsync(PlatformRegistration platform, Uri lineItemUrl, string? userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ServiceUrls.RequireHttp(lineItemUrl, nameof(lineItemUrl));
        var first = ServiceUrls.WithQuery(ServiceUrls.AppendSegment(lineItemUrl, "results"), ("user_id", string.IsNullOrEmpty(userId) ? null : userId));
        var results = new List<Result>();
        await foreach (var page in _sender.GetPagesAsync(platform, ResultScopes, first, AgsMediaTypes.ResultContainer, ct))
        {
            results.AddRange(ReadArray<Result>(platform, page, "result container"));
        }

        return results;
    }

    private static void Validate(LineItem lineItem)
    {
        ArgumentNullException.ThrowIfNull(lineItem);
        if (string.IsNullOrWhiteSpace(lineItem.Label))
        {
            throw new ArgumentException("LineItem.Label is required.", nameof(lineItem));
        }

        if (lineItem.ScoreMaximum <= 0)
        {
            throw new ArgumentException("LineItem.ScoreMaximum must be positive.", nameof(lineItem));
        }
    }

    private static HttpRequestMessage WithBody(HttpMethod method, Uri url, string json, string contentType, string? accept)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = new StringContent(json, Encoding.UTF8),
        };

        // The AGS media types, without a charset parameter: some platforms compare the content type exactly.
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return request;
    }

    private static List<T> ReadArray<T>(PlatformRegistration platform, ServicePage page, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<List<T?>>(page.Body, AgsJson.Options)?.OfType<T>().ToList()
                ?? throw ServiceRequestSender.InvalidResponse(platform, page.Url, $"the {what} is null");
        }
        catch (JsonException ex)
        {
            throw ServiceRequestSender.InvalidResponse(platform, page.Url, $"the {what} is not a JSON array of the expected objects ({ex.Message})", ex);
        }
    }

    private static async Task<T?> ReadObjectAsync<T>(PlatformRegistration platform, Uri url, HttpResponseMessage response, string what, CancellationToken ct)
        where T : class
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, AgsJson.Options);
        }
        catch (JsonException ex)
        {
            throw ServiceRequestSender.InvalidResponse(platform, url, $"the {what} is not the expected JSON object ({ex.Message})", ex);
        }
    }

    // The score service may answer with no body; Canvas answers {"resultUrl": "…"}. Anything else is not an error.
    private static async Task<Uri?> ReadResultUrlAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("resultUrl", out var resultUrl)
                && resultUrl.ValueKind == JsonValueKind.String
                && Uri.TryCreate(resultUrl.GetString(), UriKind.Absolute, out var uri)
                    ? uri
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created line item {LineItemUrl} ({Label}) for registration {RegistrationKey}")]
    private partial void LogLineItemCreated(string registrationKey, Uri lineItemUrl, string label);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted line item {LineItemUrl} of registration {RegistrationKey}")]
    private partial void LogLineItemDeleted(string registrationKey, Uri lineItemUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Posted a score to {ScoresUrl} of registration {RegistrationKey}: {ActivityProgress}, {GradingProgress}")]
    private partial void LogScorePosted(string registrationKey, Uri scoresUrl, ActivityProgress activityProgress, GradingProgress gradingProgress);
}
