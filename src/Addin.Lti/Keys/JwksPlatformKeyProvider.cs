using System.Collections.Concurrent;
using Addin.Lti.Registration;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Keys;

/// <summary>
/// Fetches platform key sets from their JWKS URL and caches them per URL. A key set is fetched again when it is
/// older than <see cref="JwksCacheOptions.TimeToLive"/>, or when a token names an unknown kid (key rotation), but
/// never more often than <see cref="JwksCacheOptions.MinRefreshInterval"/>; concurrent callers share one fetch.
/// </summary>
/// <remarks>
/// The cache lives in the instance: register it as a singleton (not as a typed HttpClient, which is transient), and
/// give it an <see cref="HttpClient"/> with a short timeout and a bounded response buffer.
/// </remarks>
public sealed partial class JwksPlatformKeyProvider : IPlatformKeyProvider
{
    private readonly ConcurrentDictionary<Uri, JwksCacheEntry> _entries = new();
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILogger<JwksPlatformKeyProvider> _logger;
    private readonly JwksCacheOptions _options;

    /// <summary>Creates the provider.</summary>
    public JwksPlatformKeyProvider(HttpClient http, TimeProvider time, ILogger<JwksPlatformKeyProvider> logger, JwksCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TimeToLive <= TimeSpan.Zero || options.MinRefreshInterval < TimeSpan.Zero)
        {
            throw new ArgumentException("JwksCacheOptions.TimeToLive must be positive and MinRefreshInterval not negative.", nameof(options));
        }

        _http = http;
        _time = time;
        _logger = logger;
        _options = options;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SecurityKey>> GetSigningKeysAsync(PlatformRegistration platform, string kid, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var entry = _entries.GetOrAdd(platform.JwksUri, _ => new JwksCacheEntry());

        var snapshot = entry.Snapshot;
        if (snapshot is not null && IsFresh(snapshot) && snapshot.Knows(kid))
        {
            return KeysFor(snapshot, kid, platform);
        }

        await entry.Gate.WaitAsync(ct);
        try
        {
            // Another caller may have fetched while this one waited for the gate.
            snapshot = entry.Snapshot;
            if (snapshot is null || !IsFresh(snapshot))
            {
                snapshot = await FetchAsync(entry, platform, ct);
            }
            else if (!snapshot.Knows(kid) && MayFetch(entry))
            {
                LogRefreshForUnknownKid(platform.Key, kid);
                snapshot = await FetchAsync(entry, platform, ct);
            }

            return KeysFor(snapshot, kid, platform);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private bool IsFresh(JwksSnapshot snapshot) => _time.GetUtcNow() - snapshot.FetchedAt < _options.TimeToLive;

    private bool MayFetch(JwksCacheEntry entry) =>
        entry.LastFetchAt is not { } last || _time.GetUtcNow() - last >= _options.MinRefreshInterval;

    private async Task<JwksSnapshot> FetchAsync(JwksCacheEntry entry, PlatformRegistration platform, CancellationToken ct)
    {
        if (entry.LastFailure is { } lastFailure && !MayFetch(entry))
        {
            throw Unavailable(platform, lastFailure + " (not retried yet: the last attempt was moments ago)");
        }

        var now = _time.GetUtcNow();
        entry.LastFetchAt = now;
        try
        {
            using var response = await _http.GetAsync(platform.JwksUri, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"the JWKS URL answered HTTP {(int)response.StatusCode}");
            }

            var snapshot = JwksParser.Parse(await response.Content.ReadAsStringAsync(ct), now);
            foreach (var (refusedKid, reason) in snapshot.RefusedKeys)
            {
                LogKeyRefused(platform.Key, refusedKid, reason);
            }

            entry.Snapshot = snapshot;
            entry.LastFailure = null;
            LogFetched(platform.Key, platform.JwksUri, snapshot.UsableKeys.Count);
            return snapshot;
        }
        catch (Exception ex) when (ex is HttpRequestException or FormatException
            || (ex is OperationCanceledException && !ct.IsCancellationRequested)) // HttpClient timeout
        {
            entry.LastFailure = ex is OperationCanceledException ? "the request timed out" : ex.Message;
            LogFetchFailed(platform.Key, platform.JwksUri, entry.LastFailure);
            throw Unavailable(platform, entry.LastFailure);
        }
    }

    private static IReadOnlyList<SecurityKey> KeysFor(JwksSnapshot snapshot, string kid, PlatformRegistration platform)
    {
        if (snapshot.UsableKeys.TryGetValue(kid, out var keys))
        {
            return keys;
        }

        if (snapshot.RefusedKeys.TryGetValue(kid, out var reason))
        {
            throw new LtiValidationException(
                LtiErrorCode.UnsupportedKey,
                $"The platform key '{kid}' of registration '{platform.Key}' cannot be used: {reason}. The platform must sign with an RSA key of at least {JwksParser.MinimumRsaKeyBits} bits (RS256).");
        }

        return [];
    }

    private static LtiValidationException Unavailable(PlatformRegistration platform, string reason) =>
        new(
            LtiErrorCode.JwksUnavailable,
            $"The key set of registration '{platform.Key}' could not be loaded from {platform.JwksUri}: {reason}. Check the registration's JWKS URL and that the platform serves it.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched the key set of registration {RegistrationKey} from {JwksUri}: {UsableKeyCount} usable keys")]
    private partial void LogFetched(string registrationKey, Uri jwksUri, int usableKeyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the key set of registration {RegistrationKey} from {JwksUri}: {Reason}")]
    private partial void LogFetchFailed(string registrationKey, Uri jwksUri, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused key {Kid} of registration {RegistrationKey}: {Reason}")]
    private partial void LogKeyRefused(string registrationKey, string kid, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Key {Kid} unknown for registration {RegistrationKey}; fetching its key set again")]
    private partial void LogRefreshForUnknownKid(string registrationKey, string kid);
}
