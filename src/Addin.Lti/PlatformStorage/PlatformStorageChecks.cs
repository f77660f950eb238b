using Addin.Lti.Login;
using Addin.Lti.Registration;

namespace Addin.Lti.PlatformStorage;

/// <summary>Decides whether a launch without the login cookie may be confirmed through the platform's storage.</summary>
public sealed class PlatformStorageChecks
{
    private readonly ILoginStateStore _loginStates;
    private readonly IPlatformRegistrationStore _registrations;
    private readonly TimeProvider _time;

    /// <summary>Creates the checks over the tool's pending logins and registrations.</summary>
    public PlatformStorageChecks(ILoginStateStore loginStates, IPlatformRegistrationStore registrations, TimeProvider time)
    {
        _loginStates = loginStates;
        _registrations = registrations;
        _time = time;
    }

    /// <summary>
    /// The check to run in the browser for <paramref name="state"/>, or null when there is none: no such pending login,
    /// it expired, its platform offered no storage at login, or its registration is gone. A null answer leaves the
    /// launch to the cookie alone (and so to <see cref="LtiErrorCode.StateNotBoundToBrowser"/>). Nothing is consumed.
    /// </summary>
    public async Task<PlatformStorageCheck?> FindAsync(string? state, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(state)
            || await _loginStates.FindAsync(state, ct) is not { StorageTarget: { } target } login
            || _time.GetUtcNow() > login.ExpiresAt)
        {
            return null;
        }

        var registration = (await _registrations.FindByIssuerAsync(login.Issuer, ct))
            .FirstOrDefault(r => string.Equals(r.Key, login.RegistrationKey, StringComparison.Ordinal));
        return registration is null
            ? null
            : new PlatformStorageCheck(state, PlatformStorageKeys.State(state), target, PlatformOrigin.Of(registration.AuthorizationEndpoint));
    }
}
