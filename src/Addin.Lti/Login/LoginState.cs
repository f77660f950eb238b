namespace Addin.Lti.Login;

/// <summary>What the tool remembers between sending the browser to the platform and receiving the launch.</summary>
/// <param name="State">
/// A random value that makes the login unique; a store that keeps records sends it as <c>state</c> and keys the
/// record by it (see <see cref="ILoginStateStore.SaveAsync"/>).
/// </param>
/// <param name="Nonce">The random value sent as <c>nonce</c>; the id_token must carry it back.</param>
/// <param name="RegistrationKey">The registration the login was started for.</param>
/// <param name="Issuer">The platform's issuer.</param>
/// <param name="ClientId">The client id of the registration.</param>
/// <param name="TargetLinkUri">The target_link_uri of the login request (already checked to be one of ours).</param>
/// <param name="ExpiresAt">After this instant the login can no longer complete.</param>
/// <param name="StorageTarget">
/// The frame the platform offered for postMessage storage (<c>lti_storage_target</c>), when it did; only such a login
/// may be bound to the browser through platform storage instead of the cookie.
/// </param>
public sealed record LoginState(
    string State,
    string Nonce,
    string RegistrationKey,
    string Issuer,
    string ClientId,
    string TargetLinkUri,
    DateTimeOffset ExpiresAt,
    string? StorageTarget = null);
