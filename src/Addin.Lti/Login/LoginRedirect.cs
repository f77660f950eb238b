using Addin.Lti.PlatformStorage;

namespace Addin.Lti.Login;

/// <summary>Where to send the browser to continue the login, and the state to bind to the browser.</summary>
/// <param name="RedirectUri">The platform's authorization endpoint with the OIDC authentication request in its query.</param>
/// <param name="State">The state value; the host should bind it to the browser (cookie or platform storage).</param>
/// <param name="PlatformStorage">
/// When the platform offered postMessage storage: what the host's page must store there before it sends the browser
/// to <paramref name="RedirectUri"/>. Null: a plain redirect.
/// </param>
public sealed record LoginRedirect(Uri RedirectUri, string State, PlatformStorageLogin? PlatformStorage = null);
