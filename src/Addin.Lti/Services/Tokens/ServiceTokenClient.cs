using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Addin.Lti.Keys;
using Addin.Lti.Registration;
using Microsoft.Extensions.Logging;

namespace Addin.Lti.Services.Tokens;

/// <summary>
/// Gets access tokens for a platform's LTI Advantage services with the OAuth 2 client-credentials grant, the tool
/// authenticating with a JWT client assertion (RFC 7523; 1EdTech Security Framework §4.1). Tokens are cached per
/// registration and scope set until shortly before they expire; concurrent callers for the same key share one request.
/// </summary>
/// <remarks>
/// The cache lives in the instance: register it as a singleton with its own <see cref="HttpClient"/> (short timeout,
/// bounded response buffer). It is also the source of the <see cref="TimeProvider"/> and <see cref="LtiServiceOptions"/>
/// the NRPS and AGS clients use. Tokens and assertions are never logged.
/// </remarks>
public sealed partial class ServiceTokenClient
{
    private readonly ConcurrentDictionary<CacheKey, Entry> _entries = new();
    private readonly HttpClient _http;
    private readonly IToolSigningKeys _keys;
    private readonly ILogger<ServiceTokenClient> _logger;

    /// <summary>Creates the client.</summary>
    public ServiceTokenClient(HttpClient http, IToolSigningKeys keys, TimeProvider time, ILogger<ServiceTokenClient> logger, LtiServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        options ??= new LtiServiceOptions();
        options.EnsureValid();
        _http = http;
        _keys = keys;
        Time = time;
        _logger = logger;
        Options = options;
    }

    internal TimeProvider Time { get; }

    internal LtiServiceOptions Options { get; }

    /// <summary>
    /// A bearer token for these scopes at this platform: the cached one while it is fresh, otherwise a new one.
    /// </summary>
    /// <exception cref="LtiServiceException">No token endpoint, the platform refused, or it could not be reached.</exception>
    public async Task<string> GetAccessTokenAsync(PlatformRegistration platform, IReadOnlyCollection<string> scopes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var scope = ScopeString(scopes);
        var tokenEndpoint = platform.TokenEndpoint ?? throw MissingTokenEndpoint(platform);
        var entry = _entries.GetOrAdd(new CacheKey(platform.Key, platform.ClientId, tokenEndpoint, scope), _ => new Entry());

        if (entry.Token is { } cached && IsFresh(cached))
        {
            return cached.Value;
        }

        await entry.Gate.WaitAsync(ct);
        try
        {
            // Another caller may have fetched while this one waited for the gate.
            if (entry.Token is { } fetched && IsFresh(fetched))
            {
                return fetched.Value;
            }

            var token = await RequestAsync(platform, tokenEndpoint, scope, ct);
            entry.Token = token;
            return token.Value;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>
    /// Forgets the cached token for these scopes, e.g. after a service answered 401 with it; the next call fetches anew.
    /// </summary>
    public void Invalidate(PlatformRegistration platform, IReadOnlyCollection<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if (platform.TokenEndpoint is { } endpoint && _entries.TryGetValue(new CacheKey(platform.Key, platform.ClientId, endpoint, ScopeString(scopes)), out var entry))
        {
            entry.Token = null;
        }
    }

    /// <summary>Forgets the cached token only if it is the rejected one, so a token another caller just refreshed stays.</summary>
    internal void Invalidate(PlatformRegistration platform, IReadOnlyCollection<string> scopes, string rejected)
    {
        if (platform.TokenEndpoint is { } endpoint
            && _entries.TryGetValue(new CacheKey(platform.Key, platform.ClientId, endpoint, ScopeString(scopes)), out var entry)
            && entry.Token is { } current
            && string.Equals(current.Value, rejected, StringComparison.Ordinal))
        {
            entry.Token = null;
        }
    }

    /// <summary>The scope parameter: distinct scopes, sorted, space-separated; also the cache key.</summary>
    internal static string ScopeString(IReadOnlyCollection<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var normalized = scopes.Select(s => s?.Trim() ?? string.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (normalized.Count == 0 || normalized.Any(s => s.Length == 0 || s.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("Give at least one scope, each a non-empty value without spaces.", nameof(scopes));
        }

        return string.Join(' ', normalized);
    }

    private bool IsFresh(CachedToken token) => Time.GetUtcNow() < token.RefreshAt;

    private async Task<CachedToken> RequestAsync(PlatformRegistration platform, Uri tokenEndpoint, string scope, CancellationToken ct)
    {
        var audience = platform.AuthorizationServer is { Length: > 0 } authorizationServer ? authorizationServer : tokenEndpoint.AbsoluteUri;
        var key = await _keys.GetCurrentAsync(ct);
        for (var retries = 0; ; retries++)
        {
            // A fresh assertion per attempt: a platform may remember jti values it has seen.
            var now = Time.GetUtcNow();
            var assertion = ClientAssertion.Create(platform.ClientId, audience, key, now, Options.AssertionLifetime);
            using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
            {
                Content = new FormUrlEncodedContent(
                [
                    new("grant_type", "client_credentials"),
                    new("client_assertion_type", ClientAssertion.Type),
                    new("client_assertion", assertion),
                    new("scope", scope),
                ]),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

            using var response = await SendAsync(request, platform, tokenEndpoint, ct);
            if (response.IsSuccessStatusCode)
            {
                return await ReadTokenAsync(response, platform, tokenEndpoint, scope, ct);
            }

            if (RetryWait.IsRetryable(response.StatusCode))
            {
                var wait = RetryWait.For(response, retries, Options, Time.GetUtcNow());
                if (retries < Options.MaxRetries && wait <= Options.MaxRetryWait)
                {
                    LogTokenRetry(platform.Key, (int)response.StatusCode, wait.TotalSeconds);
                    await Task.Delay(wait, Time, ct);
                    continue;
                }

                throw RateLimited(platform, tokenEndpoint, response.StatusCode, wait);
            }

            throw await RefusedAsync(response, platform, tokenEndpoint, scope, key.KeyId, audience, ct);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, PlatformRegistration platform, Uri tokenEndpoint, CancellationToken ct)
    {
        try
        {
            return await _http.SendAsync(request, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var reason = ex is OperationCanceledException ? "the request timed out" : ex.Message;
            LogTokenUnreachable(platform.Key, ServiceUrls.Redact(tokenEndpoint), reason);
            throw new LtiServiceException(
                LtiServiceErrorCode.Unreachable,
                $"The token endpoint {ServiceUrls.Redact(tokenEndpoint)} of registration '{platform.Key}' could not be reached: {reason}. Check the registration's token URL and that the platform is up.",
                ex)
            {
                RegistrationKey = platform.Key,
                RequestUrl = ServiceUrls.Redact(tokenEndpoint),
            };
        }
    }

    private async Task<CachedToken> ReadTokenAsync(HttpResponseMessage response, PlatformRegistration platform, Uri tokenEndpoint, string scope, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        string? accessToken = null;
        string? tokenType = null;
        string? grantedScope = null;
        long? expiresIn = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                accessToken = StringOf(root, "access_token");
                tokenType = StringOf(root, "token_type");
                grantedScope = StringOf(root, "scope");
                expiresIn = SecondsOf(root, "expires_in");
            }
        }
        catch (JsonException)
        {
            // Reported below as an invalid response.
        }

        if (string.IsNullOrEmpty(accessToken) || (tokenType is not null && !tokenType.Equals("Bearer", StringComparison.OrdinalIgnoreCase)))
        {
            var what = string.IsNullOrEmpty(accessToken) ? "no access_token" : $"a token of type '{tokenType}' instead of Bearer";
            throw new LtiServiceException(
                LtiServiceErrorCode.InvalidTokenResponse,
                $"The token endpoint {ServiceUrls.Redact(tokenEndpoint)} of registration '{platform.Key}' answered HTTP {(int)response.StatusCode} with {what}. Check that the registration's token URL is the platform's OAuth 2 token endpoint.")
            {
                RegistrationKey = platform.Key,
                RequestUrl = ServiceUrls.Redact(tokenEndpoint),
                StatusCode = (int)response.StatusCode,
            };
        }

        if (grantedScope is not null)
        {
            var granted = grantedScope.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var missing = scope.Split(' ').Where(s => !granted.Contains(s)).ToList();
            if (missing.Count > 0)
            {
                LogScopesNotGranted(platform.Key, string.Join(' ', missing));
            }
        }

        var lifetime = expiresIn is > 0 ? TimeSpan.FromSeconds(expiresIn.Value) : Options.DefaultTokenLifetime;
        var margin = Options.TokenRefreshMargin < lifetime / 2 ? Options.TokenRefreshMargin : lifetime / 2;
        LogTokenIssued(platform.Key, scope, lifetime.TotalSeconds);
        return new CachedToken(accessToken, Time.GetUtcNow() + lifetime - margin);
    }

    private static string? StringOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // expires_in is a number, but some servers send it as a string.
    private static long? SecondsOf(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) ? (long)number
        : value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    private async Task<LtiServiceException> RefusedAsync(
        HttpResponseMessage response, PlatformRegistration platform, Uri tokenEndpoint, string scope, string kid, string audience, CancellationToken ct)
    {
        var (error, description) = await PlatformErrorText.ReadAsync(response.Content, ct);
        var status = (int)response.StatusCode;
        var said = error is null && description is null ? string.Empty
            : ": " + string.Join(" – ", new[] { error, description }.Where(p => p is not null));
        var advice = error switch
        {
            "invalid_scope" =>
                $"Check that the platform grants this tool the scopes '{scope}' (Canvas: the developer key's LTI Advantage services; Moodle: the tool's services settings).",
            "invalid_client" or "unauthorized_client" =>
                $"Check that client id '{platform.ClientId}' is this tool's registration on the platform, and that the platform has the tool's public key (kid '{kid}') or its JWKS URL.",
            "invalid_grant" or "invalid_request" =>
                $"The platform refused the client assertion: check that its audience '{audience}' is what the platform expects (its token endpoint, or its authorization_server), that the platform has the tool's public key (kid '{kid}'), and that the tool's clock is right.",
            "unsupported_grant_type" =>
                "The platform does not accept the client-credentials grant at this URL: check that the registration's token URL is its LTI token endpoint.",
            _ => status is 401 or 403
                ? $"Check client id '{platform.ClientId}', that the platform has the tool's public key (kid '{kid}'), and that the scopes '{scope}' are granted."
                : $"Check the registration's token URL and that the platform grants the scopes '{scope}'.",
        };
        LogTokenRefused(platform.Key, ServiceUrls.Redact(tokenEndpoint), status, error, description);
        return new LtiServiceException(
            LtiServiceErrorCode.TokenRefused,
            $"The token endpoint {ServiceUrls.Redact(tokenEndpoint)} of registration '{platform.Key}' refused a token (HTTP {status}{said}). {advice}")
        {
            RegistrationKey = platform.Key,
            RequestUrl = ServiceUrls.Redact(tokenEndpoint),
            StatusCode = status,
            Error = error,
            ErrorDescription = description,
        };
    }

    private static LtiServiceException RateLimited(PlatformRegistration platform, Uri tokenEndpoint, HttpStatusCode status, TimeSpan wait) =>
        new(
            LtiServiceErrorCode.RateLimited,
            $"The token endpoint {ServiceUrls.Redact(tokenEndpoint)} of registration '{platform.Key}' kept answering HTTP {(int)status} and asks to wait {RetryWait.Describe(wait)}; try again later.")
        {
            RegistrationKey = platform.Key,
            RequestUrl = ServiceUrls.Redact(tokenEndpoint),
            StatusCode = (int)status,
            RetryAfter = wait,
        };

    private static LtiServiceException MissingTokenEndpoint(PlatformRegistration platform) =>
        new(
            LtiServiceErrorCode.MissingTokenEndpoint,
            $"Registration '{platform.Key}' ({platform.Issuer}, client id '{platform.ClientId}') has no token endpoint, so the tool cannot call the platform's LTI Advantage services (roster, grades). Add the platform's OAuth 2 token URL to the registration (Canvas: https://sso.canvaslms.com/login/oauth2/token; Moodle: <site>/mod/lti/token.php).")
        {
            RegistrationKey = platform.Key,
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Got an access token for registration {RegistrationKey}, scopes {Scopes}, valid {LifetimeSeconds} s")]
    private partial void LogTokenIssued(string registrationKey, string scopes, double lifetimeSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The platform of registration {RegistrationKey} did not grant the scopes {MissingScopes}")]
    private partial void LogScopesNotGranted(string registrationKey, string missingScopes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The token endpoint {TokenEndpoint} of registration {RegistrationKey} refused a token: HTTP {StatusCode} {Error} {ErrorDescription}")]
    private partial void LogTokenRefused(string registrationKey, Uri tokenEndpoint, int statusCode, string? error, string? errorDescription);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The token endpoint {TokenEndpoint} of registration {RegistrationKey} could not be reached: {Reason}")]
    private partial void LogTokenUnreachable(string registrationKey, Uri tokenEndpoint, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The token endpoint of registration {RegistrationKey} answered HTTP {StatusCode}; retrying in {WaitSeconds} s")]
    private partial void LogTokenRetry(string registrationKey, int statusCode, double waitSeconds);

    private readonly record struct CacheKey(string RegistrationKey, string ClientId, Uri TokenEndpoint, string Scope);

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);

    /// <summary>The cached token of one key. Written only while <see cref="Gate"/> is held, except by Invalidate.</summary>
    private sealed class Entry
    {
        /// <summary>Serialises requests for this key, so concurrent callers share one.</summary>
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Read without the gate on the fast path, hence volatile.</summary>
        public volatile CachedToken? Token;
    }
}
