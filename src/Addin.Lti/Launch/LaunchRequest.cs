namespace Addin.Lti.Launch;

/// <summary>What arrived at the tool's launch URL.</summary>
/// <param name="IdToken">The posted <c>id_token</c>.</param>
/// <param name="State">The posted <c>state</c>.</param>
/// <param name="Binding">How the host found the state bound to this browser: the login cookie, a platform-storage confirmation, or nothing.</param>
public sealed record LaunchRequest(string? IdToken, string? State, BrowserBinding Binding);
