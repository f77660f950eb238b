using System.Collections.Concurrent;
using System.Security.Cryptography;
using Addin.Lti;
using Addin.Lti.Launch;
using Addin.Lti.Platform;
using Addin.Lti.Services.Grades;
using Addin.Lti.Services.NamesRoles;

namespace Addin.Web.Demo;

/// <summary>
/// The demo platform's OAuth 2 authorization server for its LTI Advantage services: it verifies the tool's client
/// assertion against the tool's published keys, issues bearer tokens for the scopes the demo offers, and checks them
/// on service calls. Tokens live in memory: the demo is one process, and a restart only makes the tool ask again.
/// </summary>
public sealed partial class DemoServiceTokens(
    DemoPlatformUrls urls,
    IHttpClientFactory http,
    TimeProvider time,
    ILogger<DemoServiceTokens> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private static readonly string[] OfferedScopes =
        [NamesRolesConstants.ContextMembershipReadOnlyScope, AgsScopes.LineItem, AgsScopes.LineItemReadOnly, AgsScopes.Score, AgsScopes.ResultReadOnly];

    private readonly ClientAssertionVerifier _verifier = new(new InMemoryNonceStore(time), time);
    private readonly ConcurrentDictionary<string, IssuedToken> _issued = new(StringComparer.Ordinal);

    /// <summary>Answers a token request: the token response JSON, or the OAuth error.</summary>
    public async Task<(string? Response, OAuthError? Error)> IssueAsync(IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken)
    {
        var request = ClientCredentialsRequest.Parse(form);
        if (request.Problem() is { } problem)
        {
            return (null, problem);
        }

        var granted = request.Scopes.Intersect(OfferedScopes, StringComparer.Ordinal).ToList();
        if (granted.Count == 0)
        {
            return (null, OAuthError.InvalidScope($"The demo platform grants only {string.Join(' ', OfferedScopes)}."));
        }

        string toolJwks;
        try
        {
            toolJwks = await http.CreateClient().GetStringAsync(urls.ToolJwks, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            LogJwksUnavailable(logger, urls.ToolJwks, ex.Message);
            return (null, OAuthError.InvalidClient($"The tool's keys could not be fetched from {urls.ToolJwks}: {ex.Message}"));
        }

        try
        {
            await _verifier.VerifyAsync(request.ClientAssertion, new ClientAssertionExpectation(DemoLms.ClientId, [urls.TokenEndpoint.AbsoluteUri]), toolJwks, cancellationToken);
        }
        catch (LtiValidationException ex)
        {
            LogRefused(logger, ex.ErrorId, ex.Message);
            return (null, OAuthError.InvalidClient(ex.Message));
        }

        DropExpired();
        string token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _issued[token] = new IssuedToken(granted, time.GetUtcNow() + Lifetime);
        return (ClientCredentialsRequest.TokenResponse(token, Lifetime, granted), null);
    }

    /// <summary>True when the <c>Authorization</c> header carries a live token granted <paramref name="scope"/>.</summary>
    public bool Allows(string? authorization, string scope)
    {
        const string Bearer = "Bearer ";
        return authorization is not null
            && authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            && _issued.TryGetValue(authorization[Bearer.Length..].Trim(), out var issued)
            && issued.ExpiresAt > time.GetUtcNow()
            && issued.Scopes.Contains(scope, StringComparer.Ordinal);
    }

    /// <summary>The 401 a service call without a live token for <paramref name="scope"/> gets, saying where to get one.</summary>
    public IResult Refuse(HttpContext http, string scope)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Results.Text(
            new OAuthError("invalid_token", $"Send a bearer token from {urls.TokenEndpoint} with the scope {scope}.", 401).ToJson(),
            "application/json",
            statusCode: StatusCodes.Status401Unauthorized);
    }

    private void DropExpired()
    {
        var now = time.GetUtcNow();
        foreach (var (token, issued) in _issued)
        {
            if (issued.ExpiresAt <= now)
            {
                _issued.TryRemove(token, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo platform: the tool's keys could not be fetched from {JwksUrl}: {Reason}")]
    private static partial void LogJwksUnavailable(ILogger logger, Uri jwksUrl, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo platform refused a token request: {ErrorId} {Reason}")]
    private static partial void LogRefused(ILogger logger, string errorId, string reason);

    private sealed record IssuedToken(IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);
}
