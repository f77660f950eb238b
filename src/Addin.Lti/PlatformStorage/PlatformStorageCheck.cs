namespace Addin.Lti.PlatformStorage;

/// <summary>
/// How a launch that arrived without the login cookie can still be bound to the browser: the tool's page asks the
/// platform (<c>lti.get_data</c>) for <paramref name="Key"/> and, when the platform holds <paramref name="State"/>
/// under it, posts the launch again with that confirmation.
/// </summary>
/// <param name="State">The launch's state.</param>
/// <param name="Key">The storage key the login page stored the state under.</param>
/// <param name="Target">The frame that answers storage messages, as the platform named it at login.</param>
/// <param name="PlatformOrigin">The only origin the request may be posted to and answered from.</param>
public sealed record PlatformStorageCheck(string State, string Key, string Target, string PlatformOrigin);
