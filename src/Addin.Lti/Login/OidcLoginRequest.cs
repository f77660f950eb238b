namespace Addin.Lti.Login;

/// <summary>The platform's third-party initiated login request (1EdTech Security Framework §5.1.1.1).</summary>
/// <param name="Issuer"><c>iss</c>: the platform's issuer.</param>
/// <param name="LoginHint"><c>login_hint</c>: opaque to the tool, passed back to the platform.</param>
/// <param name="TargetLinkUri"><c>target_link_uri</c>: where the launch should end up.</param>
/// <param name="LtiMessageHint"><c>lti_message_hint</c>: opaque to the tool, passed back when present.</param>
/// <param name="ClientId"><c>client_id</c>: which registration the platform means.</param>
/// <param name="DeploymentId"><c>lti_deployment_id</c>: the deployment the launch will carry.</param>
/// <param name="StorageTarget">
/// <c>lti_storage_target</c>: the frame that offers postMessage storage, when the platform supports it.
/// </param>
public sealed record OidcLoginRequest(
    string Issuer,
    string LoginHint,
    string TargetLinkUri,
    string? LtiMessageHint = null,
    string? ClientId = null,
    string? DeploymentId = null,
    string? StorageTarget = null)
{
    /// <summary>
    /// Reads the request from its parameters, whether they came as a GET query or a POST form.
    /// Missing required parameters become empty strings and are refused by <see cref="OidcLoginInitiator"/>;
    /// empty optional parameters become null. Unknown parameters (e.g. Canvas's <c>canvas_region</c>) are ignored.
    /// </summary>
    public static OidcLoginRequest FromForm(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new OidcLoginRequest(
            Required(parameters, "iss"),
            Required(parameters, "login_hint"),
            Required(parameters, "target_link_uri"),
            Optional(parameters, "lti_message_hint"),
            Optional(parameters, "client_id"),
            Optional(parameters, "lti_deployment_id"),
            Optional(parameters, "lti_storage_target"));
    }

    private static string Required(IReadOnlyDictionary<string, string> parameters, string name) =>
        Optional(parameters, name) ?? string.Empty;

    private static string? Optional(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
