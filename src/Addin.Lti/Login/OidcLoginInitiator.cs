using Addin.Lti.PlatformStorage;
using Addin.Lti.Registration;
using Microsoft.Extensions.Logging;

namespace Addin.Lti.Login;

/// <summary>
/// Answers a platform's third-party initiated login: checks the request, remembers a fresh state and nonce,
/// and returns the platform authorization URL to redirect the browser to.
/// </summary>
public sealed partial class OidcLoginInitiator
{
    private readonly IPlatformRegistrationStore _registrations;
    private readonly ILoginStateStore _loginStates;
    private readonly TimeProvider _time;
    private readonly LtiToolSettings _settings;
    private readonly ILogger<OidcLoginInitiator> _logger;

    /// <summary>Creates the initiator; throws <see cref="ArgumentException"/> when <paramref name="settings"/> are invalid.</summary>
    public OidcLoginInitiator(
        IPlatformRegistrationStore registrations,
        ILoginStateStore loginStates,
        TimeProvider time,
        LtiToolSettings settings,
        ILogger<OidcLoginInitiator> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.EnsureValid();
        _registrations = registrations;
        _loginStates = loginStates;
        _time = time;
        _settings = settings;
        _logger = logger;
    }

    /// <summary>Starts the login; throws <see cref="LtiValidationException"/> when the request must be refused.</summary>
    public async Task<LoginRedirect> InitiateAsync(OidcLoginRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            RequireParameters(request);
            var registration = RegistrationResolver.Resolve(
                await _registrations.FindByIssuerAsync(request.Issuer, ct), request.Issuer, request.ClientId);
            CheckTargetLinkUri(request.TargetLinkUri);
            CheckDeploymentHint(request.DeploymentId, registration);
            var storageTarget = UsableStorageTarget(request.StorageTarget);

            var loginState = new LoginState(
                RandomToken.Create(),
                RandomToken.Create(),
                registration.Key,
                registration.Issuer,
                registration.ClientId,
                request.TargetLinkUri,
                _time.GetUtcNow() + _settings.LoginStateLifetime,
                storageTarget);
            string state = await _loginStates.SaveAsync(loginState, ct);

            LogLoginStarted(registration.Key, registration.Issuer, registration.ClientId);
            return new LoginRedirect(
                BuildRedirect(registration, request, state, loginState.Nonce),
                state,
                storageTarget is null ? null : StorageFor(state, loginState.Nonce, storageTarget, registration));
        }
        catch (LtiValidationException ex)
        {
            LogLoginRefused(ex.ErrorId, request.Issuer, ex.Message);
            throw;
        }
    }

    private static void RequireParameters(OidcLoginRequest request)
    {
        var missing = new List<string>(3);
        if (string.IsNullOrWhiteSpace(request.Issuer))
        {
            missing.Add("iss");
        }

        if (string.IsNullOrWhiteSpace(request.LoginHint))
        {
            missing.Add("login_hint");
        }

        if (string.IsNullOrWhiteSpace(request.TargetLinkUri))
        {
            missing.Add("target_link_uri");
        }

        if (missing.Count > 0)
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingLoginParameter,
                $"The login initiation request is missing {string.Join(", ", missing)}. The platform must send iss, login_hint and target_link_uri.");
        }
    }

    private void CheckTargetLinkUri(string targetLinkUri)
    {
        if (!ToolUrlMatcher.IsToolUrl(_settings.ToolUrls, targetLinkUri))
        {
            throw new LtiValidationException(
                LtiErrorCode.InvalidTargetLinkUri,
                $"target_link_uri '{targetLinkUri}' is not a URL of this tool. Configure the platform's link to point at one of: {string.Join(", ", _settings.ToolUrls)}.");
        }
    }

    private string? UsableStorageTarget(string? requested)
    {
        if (requested is null || PlatformStorageTarget.IsUsable(requested))
        {
            return requested;
        }

        LogStorageTargetIgnored(requested.Length);
        return null;
    }

    // LTI OIDC Login with LTI Client Side postMessages: the state and the nonce, each under a key that carries it.
    private static PlatformStorageLogin StorageFor(string state, string nonce, string target, PlatformRegistration registration) => new(
        target,
        PlatformOrigin.Of(registration.AuthorizationEndpoint),
        [
            new PlatformStorageItem(PlatformStorageKeys.State(state), state),
            new PlatformStorageItem(PlatformStorageKeys.Nonce(nonce), nonce),
        ]);

    private static void CheckDeploymentHint(string? deploymentId, PlatformRegistration registration)
    {
        if (deploymentId is not null && !registration.DeploymentIds.Contains(deploymentId) && !registration.AwaitsFirstDeployment)
        {
            throw new LtiValidationException(
                LtiErrorCode.UnknownDeployment,
                $"Deployment '{deploymentId}' is not registered for platform registration '{registration.Key}'. Add the deployment id to the registration in Addin.");
        }
    }

    private Uri BuildRedirect(PlatformRegistration registration, OidcLoginRequest request, string state, string nonce)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("scope", "openid"),
            new("response_type", "id_token"),
            new("response_mode", "form_post"),
            new("prompt", "none"),
            new("client_id", registration.ClientId),
            new("redirect_uri", _settings.LaunchUrl.AbsoluteUri),
            new("login_hint", request.LoginHint),
            new("state", state),
            new("nonce", nonce),
        };
        if (request.LtiMessageHint is not null)
        {
            parameters.Add(new("lti_message_hint", request.LtiMessageHint));
        }

        return AuthenticationRequestUri.Build(registration.AuthorizationEndpoint, parameters);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "LTI login started for registration {RegistrationKey} (issuer {Issuer}, client {ClientId})")]
    private partial void LogLoginStarted(string registrationKey, string issuer, string clientId);

    [LoggerMessage(Level = LogLevel.Information, Message = "LTI login ignores an lti_storage_target that is not a frame name ({Length} characters); the login cookie alone binds it")]
    private partial void LogStorageTargetIgnored(int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LTI login refused with {ErrorId} for issuer {Issuer}: {Reason}")]
    private partial void LogLoginRefused(string errorId, string issuer, string reason);
}
