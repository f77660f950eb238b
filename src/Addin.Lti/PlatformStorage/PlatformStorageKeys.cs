namespace Addin.Lti.PlatformStorage;

/// <summary>
/// The keys the tool stores its login values under in platform storage. Each key carries its value, as the
/// specification recommends, so two launches in one page never overwrite each other.
/// </summary>
public static class PlatformStorageKeys
{
    /// <summary>The key of a login's state: <c>state_&lt;state&gt;</c>.</summary>
    public static string State(string state) => "state_" + state;

    /// <summary>The key of a login's nonce: <c>nonce_&lt;nonce&gt;</c>.</summary>
    public static string Nonce(string nonce) => "nonce_" + nonce;
}
