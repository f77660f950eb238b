using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Addin.Lti.Registration;
using Addin.Lti.Services.Tokens;
using Microsoft.Extensions.Logging;

namespace Addin.Lti.Services;

/// <summary>
/// Sends one request to an LTI Advantage service with a bearer token, the way every service call must go: a 401
/// fetches a fresh token once and retries; 429 and 503 wait as <c>Retry-After</c> says (bounded) and retry; any other
/// failure becomes an <see cref="LtiServiceException"/> naming the URL without its query.
/// </summary>
internal sealed partial class ServiceRequestSender
{
    private readonly HttpClient _http;
    private readonly ServiceTokenClient _tokens;
    private readonly ILogger _logger;

    public ServiceRequestSender(HttpClient http, ServiceTokenClient tokens, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _tokens = tokens;
        _logger = logger;
    }

    public LtiServiceOptions Options => _tokens.Options;

    /// <summary>
    /// Sends the request <paramref name="createRequest"/> builds (called again for each attempt) and returns the
    /// successful response, which the caller disposes.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        PlatformRegistration platform, IReadOnlyCollection<string> scopes, Func<HttpRequestMessage> createRequest, CancellationToken ct)
    {
        var refreshed = false;
        var retries = 0;
        while (true)
        {
            var token = await _tokens.GetAccessTokenAsync(platform, scopes, ct);
            using var request = createRequest();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var url = request.RequestUri!;

            var response = await SendOnceAsync(request, platform, ct);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && !refreshed)
                {
                    // The token may have been revoked or expired early: one fresh token, one more try.
                    refreshed = true;
                    LogRefreshingToken(platform.Key, request.Method.Method, ServiceUrls.Redact(url));
                    _tokens.Invalidate(platform, scopes, token);
                    continue;
                }

                if (RetryWait.IsRetryable(response.StatusCode))
                {
                    var wait = RetryWait.For(response, retries, Options, _tokens.Time.GetUtcNow());
                    if (retries < Options.MaxRetries && wait <= Options.MaxRetryWait)
                    {
                        retries++;
                        LogRetrying(platform.Key, request.Method.Method, ServiceUrls.Redact(url), (int)response.StatusCode, wait.TotalSeconds);
                        await Task.Delay(wait, _tokens.Time, ct);
                        continue;
                    }

                    throw RateLimited(platform, request.Method, url, response.StatusCode, wait);
                }

                throw await FailedAsync(response, request.Method, url, platform, scopes, ct);
            }
        }
    }

    /// <summary>
    /// GETs a paged listing: the first URL, then each <c>Link: rel="next"</c> while there is one. A next link to another
    /// origin is refused (the token must not leave the platform), as are a link back to a page already read and more
    /// than <see cref="LtiServiceOptions.MaxPages"/> pages.
    /// </summary>
    public async IAsyncEnumerable<ServicePage> GetPagesAsync(
        PlatformRegistration platform, IReadOnlyCollection<string> scopes, Uri first, string accept, [EnumeratorCancellation] CancellationToken ct)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pages = 0;
        Uri? url = first;
        while (url is not null)
        {
            if (!visited.Add(url.AbsoluteUri))
            {
                throw Paging(platform, url, $"The platform's paging links for {ServiceUrls.Redact(first)} lead back to a page already read ({ServiceUrls.Redact(url)}); the listing was stopped. Report this to the platform's administrator.");
            }

            if (++pages > Options.MaxPages)
            {
                throw Paging(platform, url, $"The listing {ServiceUrls.Redact(first)} has more than {Options.MaxPages} pages; the tool stops there. Ask for bigger pages (limit) or raise LtiServiceOptions.MaxPages.");
            }

            var current = url;
            using var response = await SendAsync(platform, scopes, () => Get(current, accept), ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var next = LinkHeader.Find(response, current, "next");
            var differences = LinkHeader.Find(response, current, "differences");
            LogPage(platform.Key, ServiceUrls.Redact(current), pages, next is not null);

            if (next is not null && !ServiceUrls.SameOrigin(first, next))
            {
                LogUnsafeLink(platform.Key, ServiceUrls.Redact(first), ServiceUrls.Redact(next));
                throw new LtiServiceException(
                    LtiServiceErrorCode.UnsafeLink,
                    $"The platform's next-page link for {ServiceUrls.Redact(first)} points to another origin ({next.GetLeftPart(UriPartial.Authority)}); the tool does not send its access token there. Report this to the platform's administrator.")
                {
                    RegistrationKey = platform.Key,
                    RequestUrl = ServiceUrls.Redact(current),
                    StatusCode = (int)response.StatusCode,
                };
            }

            if (differences is not null && !ServiceUrls.SameOrigin(first, differences))
            {
                LogUnsafeLink(platform.Key, ServiceUrls.Redact(first), ServiceUrls.Redact(differences));
                differences = null;
            }

            yield return new ServicePage(current, body, differences);
            url = next;
        }
    }

    public static HttpRequestMessage Get(Uri url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return request;
    }

    public static LtiServiceException InvalidResponse(PlatformRegistration platform, Uri url, string what, Exception? inner = null) =>
        new(
            LtiServiceErrorCode.InvalidResponse,
            $"The platform's answer from {ServiceUrls.Redact(url)} (registration '{platform.Key}') is not what the specification describes: {what}.",
            inner)
        {
            RegistrationKey = platform.Key,
            RequestUrl = ServiceUrls.Redact(url),
        };

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, PlatformRegistration platform, CancellationToken ct)
    {
        try
        {
            return await _http.SendAsync(request, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var url = ServiceUrls.Redact(request.RequestUri!);
            var reason = ex is OperationCanceledException ? "the request timed out" : ex.Message;
            LogUnreachable(platform.Key, request.Method.Method, url, reason);
            throw new LtiServiceException(
                LtiServiceErrorCode.Unreachable,
                $"{request.Method} {url} (registration '{platform.Key}') failed: {reason}. Check that the platform is up; the call can be tried again later.",
                ex)
            {
                RegistrationKey = platform.Key,
                RequestUrl = url,
            };
        }
    }

    private async Task<LtiServiceException> FailedAsync(
        HttpResponseMessage response, HttpMethod method, Uri url, PlatformRegistration platform, IReadOnlyCollection<string> scopes, CancellationToken ct)
    {
        var (error, description) = await PlatformErrorText.ReadAsync(response.Content, ct);
        var status = (int)response.StatusCode;
        var redacted = ServiceUrls.Redact(url);
        var said = error is null && description is null ? string.Empty
            : ": " + string.Join(" – ", new[] { error, description }.Where(p => p is not null));
        var scopeList = string.Join(' ', scopes);
        var (code, message) = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => (LtiServiceErrorCode.Unauthorized,
                $"The platform refused the access token for {method} {redacted} (HTTP 401{said}), even a freshly fetched one. Check that registration '{platform.Key}' is granted the scopes '{scopeList}' and that the tool is still installed where this URL points."),
            HttpStatusCode.Forbidden => (LtiServiceErrorCode.Forbidden,
                $"The platform forbade {method} {redacted} (HTTP 403{said}). Check that registration '{platform.Key}' is granted the scopes '{scopeList}' (Canvas: the developer key's LTI Advantage services; Moodle: the tool's services settings) and may act in this course."),
            HttpStatusCode.NotFound or HttpStatusCode.Gone => (LtiServiceErrorCode.NotFound,
                $"{method} {redacted} was not found (HTTP {status}{said}). The course, link or line item may have been deleted, or the URL is stale: take the service URL from a recent launch."),
            _ when status >= 500 => (LtiServiceErrorCode.PlatformError,
                $"The platform failed on {method} {redacted} (HTTP {status}{said}). The fault is on the platform's side: try again later, and tell its administrator if it persists."),
            _ => (LtiServiceErrorCode.Refused,
                $"The platform refused {method} {redacted} (HTTP {status}{said}) for registration '{platform.Key}'."),
        };
        LogFailed(platform.Key, method.Method, redacted, status, error, description);
        return new LtiServiceException(code, message)
        {
            RegistrationKey = platform.Key,
            RequestUrl = redacted,
            StatusCode = status,
            Error = error,
            ErrorDescription = description,
        };
    }

    private static LtiServiceException RateLimited(PlatformRegistration platform, HttpMethod method, Uri url, HttpStatusCode status, TimeSpan wait) =>
        new(
            LtiServiceErrorCode.RateLimited,
            $"The platform kept answering HTTP {(int)status} to {method} {ServiceUrls.Redact(url)} (registration '{platform.Key}') and asks to wait {RetryWait.Describe(wait)}; try again later.")
        {
            RegistrationKey = platform.Key,
            RequestUrl = ServiceUrls.Redact(url),
            StatusCode = (int)status,
            RetryAfter = wait,
        };

    private LtiServiceException Paging(PlatformRegistration platform, Uri url, string message)
    {
        LogPagingStopped(platform.Key, ServiceUrls.Redact(url));
        return new LtiServiceException(LtiServiceErrorCode.PagingLoop, message)
        {
            RegistrationKey = platform.Key,
            RequestUrl = ServiceUrls.Redact(url),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Url} of registration {RegistrationKey} answered 401; fetching a fresh token and trying once more")]
    private partial void LogRefreshingToken(string registrationKey, string method, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Url} of registration {RegistrationKey} answered HTTP {StatusCode}; retrying in {WaitSeconds} s")]
    private partial void LogRetrying(string registrationKey, string method, Uri url, int statusCode, double waitSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Url} of registration {RegistrationKey} failed: HTTP {StatusCode} {Error} {ErrorDescription}")]
    private partial void LogFailed(string registrationKey, string method, Uri url, int statusCode, string? error, string? errorDescription);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Url} of registration {RegistrationKey} could not be sent: {Reason}")]
    private partial void LogUnreachable(string registrationKey, string method, Uri url, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read page {PageNumber} ({Url}) of registration {RegistrationKey}; more pages: {HasNext}")]
    private partial void LogPage(string registrationKey, Uri url, int pageNumber, bool hasNext);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a link from {Listing} of registration {RegistrationKey} to another origin: {Link}")]
    private partial void LogUnsafeLink(string registrationKey, Uri listing, Uri link);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped paging at {Url} of registration {RegistrationKey}: loop or too many pages")]
    private partial void LogPagingStopped(string registrationKey, Uri url);
}

/// <summary>One page of a listing: where it came from, its body and its <c>rel="differences"</c> link, if any.</summary>
internal sealed record ServicePage(Uri Url, string Body, Uri? DifferencesUrl);
