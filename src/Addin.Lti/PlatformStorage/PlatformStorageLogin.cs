namespace Addin.Lti.PlatformStorage;

/// <summary>
/// What the tool's login page stores in the platform (<c>lti.put_data</c>) before it sends the browser on to the
/// platform's authorization endpoint.
/// </summary>
/// <param name="Target">The frame that answers storage messages (<c>lti_storage_target</c>).</param>
/// <param name="PlatformOrigin">The only origin the values may be posted to.</param>
/// <param name="Items">The key/value pairs to store: the login's state and nonce.</param>
public sealed record PlatformStorageLogin(string Target, string PlatformOrigin, IReadOnlyList<PlatformStorageItem> Items);

/// <summary>One value the tool keeps in platform storage.</summary>
/// <param name="Key">The storage key.</param>
/// <param name="Value">The value stored under it.</param>
public sealed record PlatformStorageItem(string Key, string Value);
