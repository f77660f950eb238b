using Addin.Core.Institutions;
using Addin.Lti.Claims;
using Addin.Web.Manifests;

namespace Addin.Web.Lti;

/// <summary>The page an LMS shows once it registered Addin: what was registered and what the administrator does next.</summary>
public sealed record RegistrationDoneModel(
    string PlatformName,
    string InstitutionName,
    string Key,
    string Issuer,
    string ClientId,
    string? DeploymentId,
    IReadOnlyList<string> Launches,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> CustomParameters,
    string NextStep,
    string? AddDeploymentCommand)
{
    public static RegistrationDoneModel For(SelfRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var platform = registration.Platform;
        var result = registration.Result;
        var launches = ToolDescription.Placements
            .Where(p => registration.DeepLinking || p.MessageType == LtiMessageTypes.ResourceLinkRequest)
            .Select(p => p.MessageType == LtiMessageTypes.ResourceLinkRequest ? $"“{p.Text}”: the course's recordings" : $"“{p.Text}”: placing a recording in the course (content selection)")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new RegistrationDoneModel(
            platform.Name,
            platform.Institution?.Name ?? "",
            platform.Key,
            platform.Issuer,
            platform.ClientId,
            result.DeploymentId,
            launches,
            result.GrantedScopes.Select(ScopeLabel).ToList(),
            registration.Tool.CustomParameters.Select(p => $"{p.Key}={p.Value}").ToList(),
            NextStepIn(registration.Product),
            result.DeploymentId is null ? AddDeployment(platform) : null);
    }

    private static string NextStepIn(string product) => product switch
    {
        "Canvas" => "Back in Canvas, review and save the registration, check that its developer key is On (Admin → Developer Keys), and add the app where teachers need it (Settings → Apps → + App → By Client ID).",
        "Moodle" => "Back in Moodle, the tool waits under Site administration → Plugins → Activity modules → External tool → Manage tools: click Activate. Teachers then add it to a course as an External tool activity.",
        _ => $"Back in {product}, enable or activate the tool if it asks you to, then add it to a course.",
    };

    private static string ScopeLabel(string scope) => scope switch
    {
        LtiScopes.NrpsContextMembershipReadOnly => "Course rosters (Names and Role Provisioning)",
        LtiScopes.AgsLineItem => "Grade columns (Assignment and Grade Services)",
        LtiScopes.AgsLineItemReadOnly => "Reading grade columns",
        LtiScopes.AgsResultReadOnly => "Reading results",
        LtiScopes.AgsScore => "Posting scores",
        _ => scope,
    };

    // The same registration with one more deployment: `platforms add` updates a key that exists.
    private static string AddDeployment(Platform platform)
    {
        var parts = new List<string>
        {
            "./addin platforms add",
            $"--key {platform.Key}",
            $"--name {Quoted(platform.Name)}",
            $"--institution {Quoted(platform.Institution?.Name ?? "")}",
            $"--issuer {platform.Issuer}",
            $"--client-id {Quoted(platform.ClientId)}",
            $"--auth-url {platform.AuthorizationEndpoint}",
            $"--jwks-url {platform.JwksUri}",
        };
        if (platform.TokenEndpoint is not null)
        {
            parts.Add($"--token-url {platform.TokenEndpoint}");
        }

        if (platform.AuthorizationServer is not null)
        {
            parts.Add($"--authorization-server {Quoted(platform.AuthorizationServer)}");
        }

        parts.Add("--deployment <deployment id>");
        return string.Join(" \\\n    ", parts);
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
