using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Web;
using Addin.Lti.Platform;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Tests.Services;

/// <summary>
/// The platform's OAuth 2 token endpoint on a <see cref="FakePlatformServer"/>: checks the client-credentials form and
/// the client assertion's signature against the tool's public key, then issues <c>access-1</c>, <c>access-2</c>, … with
/// the requested scope. Services check bearer tokens with <see cref="Authorize"/>.
/// </summary>
internal sealed class FakeTokenEndpoint
{
    public const string Path = "/login/oauth2/token";

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly RsaSigningKey _toolKey;
    private int _issued;
    private volatile TaskCompletionSource? _hold;
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeTokenEndpoint(FakePlatformServer server, RsaSigningKey toolKey)
    {
        _toolKey = toolKey;
        Url = server.Url(Path);
        server.On("POST", Path, HandleAsync);
    }

    public Uri Url { get; }

    public int ExpiresIn { get; set; } = 3600;

    /// <summary>When set, answered instead of a token (and the request still counted).</summary>
    public Func<PlatformResponse?>? Override { get; set; }

    public ConcurrentQueue<TokenRequest> Received { get; } = new();

    public int RequestCount => Received.Count;

    public Task FirstRequest => _firstRequest.Task;

    /// <summary>Requests wait until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    /// <summary>The platform forgets a token, as when it revokes it.</summary>
    public void Revoke(string token) => _tokens.TryRemove(token, out _);

    /// <summary>Null when the request carries a live token with the scope; otherwise the 401 the platform answers.</summary>
    public PlatformResponse? Authorize(PlatformRequest request, string scope) =>
        request.BearerToken is { } token && _tokens.TryGetValue(token, out var scopes) && scopes.Split(' ').Contains(scope)
            ? null
            : PlatformResponse.Json("""{"errors":[{"message":"Invalid access token"}]}""", status: 401);

    private async Task<PlatformResponse> HandleAsync(PlatformRequest request)
    {
        var form = HttpUtility.ParseQueryString(request.Body);
        var fields = form.AllKeys.OfType<string>().ToDictionary(k => k, k => form[k]!, StringComparer.Ordinal);
        var received = new TokenRequest(request.ContentType, fields, fields.TryGetValue("client_assertion", out var jwt) ? await VerifyAsync(jwt) : null);
        Received.Enqueue(received);
        _firstRequest.TrySetResult();
        if (_hold is { } hold)
        {
            await hold.Task;
        }

        if (Override?.Invoke() is { } overridden)
        {
            return overridden;
        }

        if (received.Assertion is null || fields.GetValueOrDefault("grant_type") != "client_credentials")
        {
            return PlatformResponse.Json("""{"error":"invalid_grant","error_description":"bad assertion"}""", status: 400);
        }

        var token = $"access-{Interlocked.Increment(ref _issued)}";
        _tokens[token] = fields["scope"];
        return PlatformResponse.Json(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = ExpiresIn,
            ["scope"] = fields["scope"],
        }.ToJsonString());
    }

    // Lifetime is checked by the tests against the fake clock, not here against the real one.
    private async Task<JsonWebToken?> VerifyAsync(string jwt)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = _toolKey.ToPublicSecurityKey(),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        return result.IsValid ? (JsonWebToken)result.SecurityToken : null;
    }

    /// <summary>A token request: its content type, its form fields, and the assertion if its signature verified.</summary>
    internal sealed record TokenRequest(string? ContentType, IReadOnlyDictionary<string, string> Fields, JsonWebToken? Assertion);
}
