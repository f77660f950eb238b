namespace Addin.Lti.Login;

/// <summary>Keeps pending logins until their launch arrives.</summary>
/// <remarks>
/// A store may keep nothing itself and seal the whole login into the value it returns as the state (signed and
/// encrypted, with its expiry inside). A launch then proves it belongs to a login by the state alone, and the single
/// use of that login rests on its nonce, which <see cref="Launch.INonceStore"/> consumes atomically.
/// </remarks>
public interface ILoginStateStore
{
    /// <summary>
    /// Keeps a pending login and returns the value to send to the platform as <c>state</c>, by which
    /// <see cref="FindAsync"/> and <see cref="TakeAsync"/> find it again.
    /// </summary>
    Task<string> SaveAsync(LoginState s, CancellationToken ct);

    /// <summary>The pending login for <paramref name="state"/> without removing it, or null when there is none.</summary>
    Task<LoginState?> FindAsync(string state, CancellationToken ct);

    /// <summary>
    /// Removes and returns the pending login for <paramref name="state"/>, or null when there is none. A store that
    /// keeps records must make it atomic: of two concurrent calls with the same state, at most one gets the record.
    /// </summary>
    Task<LoginState?> TakeAsync(string state, CancellationToken ct);
}
