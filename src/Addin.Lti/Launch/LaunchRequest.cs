namespace Addin.Lti.Launch;

/// <summary>What arrived at the tool's launch URL.</summary>
/// <param name="IdToken">The posted <c>id_token</c>.</param>
/// <param name="State">The posted <c>state</c>.</param>
/// <param name="BrowserState">
/// The state the host found bound to this browser (a cookie set at login, or a value read back from LTI platform
/// storage), or null when it found none.
/// </param>
public sealed record LaunchRequest(string? IdToken, string? State, string? BrowserState);
