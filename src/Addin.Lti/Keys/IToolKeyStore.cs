namespace Addin.Lti.Keys;

/// <summary>
/// Where the tool's own key pairs are kept. The store deals in PEM strings: the host encrypts them at rest (e.g. with
/// ASP.NET Core Data Protection) and must never log them.
/// </summary>
public interface IToolKeyStore
{
    /// <summary>The saved key set; null when none was saved yet.</summary>
    Task<StoredToolKeys?> LoadAsync(CancellationToken ct);

    /// <summary>Replaces the saved key set with <paramref name="keys"/>.</summary>
    Task SaveAsync(StoredToolKeys keys, CancellationToken ct);
}
