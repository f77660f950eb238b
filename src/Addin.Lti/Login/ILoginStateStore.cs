namespace Addin.Lti.Login;

/// <summary>Keeps pending logins until their launch arrives.</summary>
public interface ILoginStateStore
{
    /// <summary>Stores a pending login under its <see cref="LoginState.State"/>.</summary>
    Task SaveAsync(LoginState s, CancellationToken ct);

    /// <summary>The pending login for <paramref name="state"/> without removing it, or null when there is none.</summary>
    Task<LoginState?> FindAsync(string state, CancellationToken ct);

    /// <summary>
    /// Removes and returns the pending login for <paramref name="state"/>, or null when there is none.
    /// Must be atomic: of two concurrent calls with the same state, at most one gets the record.
    /// </summary>
    Task<LoginState?> TakeAsync(string state, CancellationToken ct);
}
