using System.Security.Cryptography;
using System.Text;
using Addin.Lti.Claims;
using Addin.Lti.Keys;
using Addin.Lti.Launch.MessageTypes;
using Addin.Lti.Login;
using Addin.Lti.Registration;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Launch;

/// <summary>
/// Validates an LTI 1.3 launch (the id_token the platform posts to the launch URL) as an ordered chain of checks,
/// following the 1EdTech Security Framework §5.1.3 and LTI 1.3 Core §5. The first failing check throws
/// <see cref="LtiValidationException"/>; nothing about the launch is trusted until every check has passed.
/// </summary>
public sealed partial class LaunchValidator
{
    private readonly IPlatformRegistrationStore _registrations;
    private readonly ILoginStateStore _loginStates;
    private readonly INonceStore _nonces;
    private readonly IPlatformKeyProvider _keys;
    private readonly TimeProvider _time;
    private readonly LtiToolSettings _settings;
    private readonly ILogger<LaunchValidator> _logger;
    private readonly MessageTypeValidatorRegistry _messageTypes;
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Creates the validator; throws <see cref="ArgumentException"/> when <paramref name="settings"/> are invalid.</summary>
    public LaunchValidator(
        IPlatformRegistrationStore registrations,
        ILoginStateStore loginStates,
        INonceStore nonces,
        IPlatformKeyProvider keys,
        TimeProvider time,
        LtiToolSettings settings,
        ILogger<LaunchValidator> logger)
        : this(registrations, loginStates, nonces, keys, time, settings, logger, MessageTypeValidatorRegistry.Default)
    {
    }

    internal LaunchValidator(
        IPlatformRegistrationStore registrations,
        ILoginStateStore loginStates,
        INonceStore nonces,
        IPlatformKeyProvider keys,
        TimeProvider time,
        LtiToolSettings settings,
        ILogger<LaunchValidator> logger,
        MessageTypeValidatorRegistry messageTypes)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.EnsureValid();
        _registrations = registrations;
        _loginStates = loginStates;
        _nonces = nonces;
        _keys = keys;
        _time = time;
        _settings = settings;
        _logger = logger;
        _messageTypes = messageTypes;
    }

    /// <summary>Runs every check and returns the launch; throws <see cref="LtiValidationException"/> at the first failure.</summary>
    public async Task<LtiLaunch> ValidateAsync(LaunchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var loginState = await ConsumeStateAsync(request, ct);                          // 1
            using var token = ParsedIdToken.Parse(request.IdToken);                         // 2
            var kid = CheckHeader(token.Header);                                            // 3
            var registration = await BindRegistrationAsync(token.Payload, loginState, ct);  // 4
            CheckAudience(token.Payload, registration.ClientId);                            // 4
            await VerifySignatureAsync(token.Compact, registration, kid, ct);               // 5
            var lifetime = CheckLifetime(token.Payload);                                    // 6
            var nonce = await ConsumeNonceAsync(token.Payload, loginState, lifetime, ct);   // 7
            var deploymentId = await CheckDeploymentAsync(token.Payload, registration, ct); // 8
            CheckVersion(token.Payload);                                                    // 9
            var messageType = CheckMessageType(token.Payload);                              // 10

            var launch = LtiLaunchReader.Read(token.Payload, registration, loginState, deploymentId, messageType, nonce, lifetime);
            LogLaunchAccepted(registration.Key, deploymentId, messageType, request.Binding.GetType().Name);
            return launch;
        }
        catch (LtiValidationException ex)
        {
            LogLaunchRefused(ex.ErrorId, ex.Message);
            throw;
        }
    }

    // Step 1. The browser binding is checked before the state is consumed: a POST that arrives without the
    // browser's state (e.g. a third-party cookie blocked in the LMS iframe) leaves the login pending, so the host
    // can confirm the state through LTI platform storage and submit again.
    private async Task<LoginState> ConsumeStateAsync(LaunchRequest request, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.State))
        {
            throw new LtiValidationException(LtiErrorCode.MissingState, "The launch carries no state parameter.");
        }

        switch (request.Binding)
        {
            case BrowserBinding.Cookie cookie:
                RequireSameState(request.State, cookie.State, "the one this browser started the login with");
                break;
            case BrowserBinding.PlatformStorage storage:
                await CheckPlatformStorageAsync(request.State, storage, ct);
                break;
            default:
                throw new LtiValidationException(
                    LtiErrorCode.StateNotBoundToBrowser,
                    "The launch's state is not bound to this browser: no login was started here, or the browser blocked the login cookie.");
        }

        var loginState = await _loginStates.TakeAsync(request.State, ct)
            ?? throw UnknownState();

        if (_time.GetUtcNow() > loginState.ExpiresAt)
        {
            throw new LtiValidationException(
                LtiErrorCode.StateExpired,
                $"The login expired: the launch arrived more than {_settings.LoginStateLifetime.TotalMinutes:0.#} minutes after it started.");
        }

        return loginState;
    }

    // The server cannot see the platform's storage: the confirmation says the tool's page, inside the platform's
    // frame, read the state back from where this browser's login page had stored it. It counts only for a login whose
    // platform offered storage, so it can neither replace nor burn the cookie of a login that was not.
    private async Task CheckPlatformStorageAsync(string state, BrowserBinding.PlatformStorage storage, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(storage.State))
        {
            throw new LtiValidationException(
                LtiErrorCode.StateNotBoundToBrowser,
                "The platform's storage does not hold the launch's state: the login was started in another browser, or the platform did not answer.");
        }

        RequireSameState(state, storage.State, "the one the platform's storage holds for this browser");
        var pending = await _loginStates.FindAsync(state, ct) ?? throw UnknownState();
        if (pending.StorageTarget is null)
        {
            throw new LtiValidationException(
                LtiErrorCode.PlatformStorageNotOffered,
                "The launch was confirmed through platform storage, but its platform sent no lti_storage_target at login: only the login cookie can bind it.");
        }
    }

    private static void RequireSameState(string state, string boundState, string boundTo)
    {
        if (!FixedTimeEquals(state, boundState))
        {
            throw new LtiValidationException(LtiErrorCode.StateMismatch, $"The launch's state differs from {boundTo}.");
        }
    }

    private static LtiValidationException UnknownState() => new(
        LtiErrorCode.UnknownState,
        "The launch's state matches no pending login: it was already used, or the login was never started.");

    // Step 3. The key is chosen only by kid among the registration's keys: jku, x5u and jwk headers are ignored.
    private static string CheckHeader(ClaimSet header)
    {
        var alg = header.String("alg");
        if (alg != SecurityAlgorithms.RsaSha256)
        {
            throw new LtiValidationException(
                LtiErrorCode.UnsupportedAlgorithm,
                $"The id_token is signed with alg '{alg ?? "(none)"}'; LTI 1.3 requires RS256.");
        }

        var kid = header.String("kid");
        if (string.IsNullOrEmpty(kid))
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingKid,
                "The id_token header has no kid, so the platform key that signed it cannot be chosen.");
        }

        return kid;
    }

    // Step 4. The registration is the one the login started with, not one chosen by the (unverified) token.
    private async Task<PlatformRegistration> BindRegistrationAsync(ClaimSet payload, LoginState loginState, CancellationToken ct)
    {
        var issuer = payload.String(LtiClaimNames.Issuer);
        if (!string.Equals(issuer, loginState.Issuer, StringComparison.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.IssuerMismatch,
                $"The id_token's iss '{issuer ?? "(none)"}' is not the issuer the login started with ('{loginState.Issuer}').");
        }

        var candidates = await _registrations.FindByIssuerAsync(loginState.Issuer, ct);
        return candidates.FirstOrDefault(r =>
                string.Equals(r.Key, loginState.RegistrationKey, StringComparison.Ordinal)
                && string.Equals(r.Issuer, loginState.Issuer, StringComparison.Ordinal)
                && string.Equals(r.ClientId, loginState.ClientId, StringComparison.Ordinal))
            ?? throw new LtiValidationException(
                LtiErrorCode.UnknownRegistration,
                $"Registration '{loginState.RegistrationKey}' (issuer '{issuer}', client '{loginState.ClientId}') no longer exists; it was removed or changed during the login.");
    }

    // Step 4, continued: OIDC Core §3.1.3.7 items 3–5.
    private static void CheckAudience(ClaimSet payload, string clientId)
    {
        var audiences = payload.StringArray(LtiClaimNames.Audience) ?? [];
        if (!audiences.Contains(clientId, StringComparer.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.AudienceMismatch,
                $"The id_token's aud does not contain this tool's client id '{clientId}'.");
        }

        var authorizedParty = payload.String(LtiClaimNames.AuthorizedParty);
        if (audiences.Count > 1 && authorizedParty is null)
        {
            throw new LtiValidationException(
                LtiErrorCode.AuthorizedPartyMismatch,
                $"The id_token has {audiences.Count} audiences but no azp; with several audiences, azp must name this tool's client id '{clientId}'.");
        }

        if (authorizedParty is not null && !string.Equals(authorizedParty, clientId, StringComparison.Ordinal))
        {
            throw new LtiValidationException(
                LtiErrorCode.AuthorizedPartyMismatch,
                $"The id_token's azp '{authorizedParty}' is not this tool's client id '{clientId}'.");
        }
    }

    // Step 5.
    private async Task VerifySignatureAsync(string compactToken, PlatformRegistration registration, string kid, CancellationToken ct)
    {
        var keys = await _keys.GetSigningKeysAsync(registration, kid, ct);
        if (keys.Count == 0)
        {
            throw new LtiValidationException(
                LtiErrorCode.UnknownKid,
                $"The platform's key set ({registration.JwksUri}) has no key '{kid}'. Check the registration's JWKS URL.");
        }

        // Issuer and audience were checked in step 4, lifetime is checked in step 6 against our TimeProvider.
        var result = await _handler.ValidateTokenAsync(compactToken, SignatureOnlyValidation.For(keys));

        if (!result.IsValid)
        {
            LogSignatureRejected(registration.Key, kid, result.Exception?.GetType().Name ?? "unknown");
            throw new LtiValidationException(
                LtiErrorCode.BadSignature,
                $"The id_token's signature does not verify with the platform key '{kid}'.");
        }
    }

    // Step 6.
    private TokenLifetime CheckLifetime(ClaimSet payload)
    {
        var now = _time.GetUtcNow();
        var expiresAt = payload.NumericDate(LtiClaimNames.ExpiresAt)
            ?? throw new LtiValidationException(LtiErrorCode.MissingExp, "The id_token has no exp (expiry time).");
        if (now >= expiresAt + _settings.ClockSkew)
        {
            throw new LtiValidationException(
                LtiErrorCode.Expired,
                $"The id_token expired at {expiresAt:O}. If this repeats, check the platform's clock.");
        }

        if (payload.NumericDate("nbf") is { } notBefore && notBefore > now + _settings.ClockSkew)
        {
            throw new LtiValidationException(
                LtiErrorCode.IssuedInFuture,
                $"The id_token is not valid before {notBefore:O}. Check the platform's clock.");
        }

        var issuedAt = payload.NumericDate(LtiClaimNames.IssuedAt)
            ?? throw new LtiValidationException(LtiErrorCode.MissingIat, "The id_token has no iat (issue time).");
        if (issuedAt > now + _settings.ClockSkew)
        {
            throw new LtiValidationException(
                LtiErrorCode.IssuedInFuture,
                $"The id_token claims to be issued at {issuedAt:O}, in the future. Check the platform's clock.");
        }

        if (issuedAt < now - _settings.MaxTokenAge - _settings.ClockSkew)
        {
            throw new LtiValidationException(
                LtiErrorCode.TooOld,
                $"The id_token was issued at {issuedAt:O}, more than {_settings.MaxTokenAge.TotalMinutes:0.#} minutes ago.");
        }

        return new TokenLifetime(issuedAt, expiresAt);
    }

    // Step 7.
    private async Task<string> ConsumeNonceAsync(ClaimSet payload, LoginState loginState, TokenLifetime lifetime, CancellationToken ct)
    {
        var nonce = payload.String(LtiClaimNames.Nonce);
        if (string.IsNullOrEmpty(nonce))
        {
            throw new LtiValidationException(LtiErrorCode.MissingNonce, "The id_token has no nonce.");
        }

        if (!FixedTimeEquals(nonce, loginState.Nonce))
        {
            throw new LtiValidationException(
                LtiErrorCode.NonceMismatch,
                "The id_token's nonce is not the one sent when this login started: the token belongs to another login.");
        }

        if (!await _nonces.TryConsumeAsync(loginState.Issuer, nonce, lifetime.ExpiresAt + _settings.ClockSkew, ct))
        {
            throw new LtiValidationException(LtiErrorCode.NonceReplayed, "The id_token's nonce was already used: this is a replayed launch.");
        }

        return nonce;
    }

    // Step 8. A registration that awaits its first deployment takes it from this launch, which is signed by the
    // platform (step 5) and not replayed (step 7); the store lets only one deployment win.
    private async Task<string> CheckDeploymentAsync(ClaimSet payload, PlatformRegistration registration, CancellationToken ct)
    {
        var deploymentId = payload.String(LtiClaimNames.DeploymentId);
        if (string.IsNullOrEmpty(deploymentId))
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingDeploymentId,
                $"The launch has no deployment id ({LtiClaimNames.DeploymentId}).");
        }

        if (registration.DeploymentIds.Contains(deploymentId))
        {
            return deploymentId;
        }

        if (registration.AwaitsFirstDeployment && await _registrations.RecordFirstDeploymentAsync(registration.Key, deploymentId, ct))
        {
            LogFirstDeploymentRecorded(registration.Key, deploymentId);
            return deploymentId;
        }

        throw new LtiValidationException(
            LtiErrorCode.UnknownDeployment,
            $"Deployment '{deploymentId}' is not registered for platform registration '{registration.Key}'. Add the deployment id to the registration in Addin.");
    }

    // Step 9.
    private static void CheckVersion(ClaimSet payload)
    {
        var version = payload.String(LtiClaimNames.Version)
            ?? throw new LtiValidationException(LtiErrorCode.MissingVersion, $"The launch has no LTI version claim ({LtiClaimNames.Version}).");
        if (version != LtiMessageTypes.Version)
        {
            throw new LtiValidationException(
                LtiErrorCode.UnsupportedVersion,
                $"The launch is LTI version '{version}'; this tool accepts {LtiMessageTypes.Version} only.");
        }
    }

    // Step 10.
    private string CheckMessageType(ClaimSet payload)
    {
        var messageType = payload.String(LtiClaimNames.MessageType);
        if (string.IsNullOrEmpty(messageType))
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingMessageType,
                $"The launch has no message type ({LtiClaimNames.MessageType}).");
        }

        var validator = _messageTypes.Find(messageType)
            ?? throw new LtiValidationException(
                LtiErrorCode.UnsupportedMessageType,
                $"Message type '{messageType}' is not supported; this tool accepts {string.Join(", ", _messageTypes.MessageTypes)}.");
        validator.Validate(payload, _settings);
        return messageType;
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    [LoggerMessage(Level = LogLevel.Information, Message = "LTI launch accepted for registration {RegistrationKey}, deployment {DeploymentId}, message {MessageType}, browser bound by {Binding}")]
    private partial void LogLaunchAccepted(string registrationKey, string deploymentId, string messageType, string binding);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registration {RegistrationKey} had no deployment yet; recorded {DeploymentId} from the platform's first signed launch")]
    private partial void LogFirstDeploymentRecorded(string registrationKey, string deploymentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LTI launch refused with {ErrorId}: {Reason}")]
    private partial void LogLaunchRefused(string errorId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signature check failed for registration {RegistrationKey}, key {Kid}: {FailureType}")]
    private partial void LogSignatureRejected(string registrationKey, string kid, string failureType);
}
