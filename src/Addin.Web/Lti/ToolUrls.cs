using Addin.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Addin.Web.Lti;

/// <summary>The URLs an LMS registers for Addin, all built from <see cref="AddinOptions.PublicBaseUrl"/>.</summary>
public sealed class ToolUrls(IOptions<AddinOptions> options)
{
    public const string JwksPath = "/lti/jwks";
    public const string RegistrationPath = "/lti/register";
    public const string TargetPath = "/app";
    public const string DeepLinkingTargetPath = "/app/deep-link";

    public Uri Base => options.Value.PublicBaseUrl;

    /// <summary>Third-party initiated login (OIDC initiation URL).</summary>
    public Uri Login => new(Base, LtiEndpoints.LoginPath);

    /// <summary>Where platforms post id_tokens (the one redirect URI).</summary>
    public Uri Launch => new(Base, LtiEndpoints.LaunchPath);

    /// <summary>The target of a course link (resource link launch).</summary>
    public Uri Target => new(Base, TargetPath);

    /// <summary>The target of a link to one recording (placed by deep linking); <see cref="LaunchDestination"/> opens it.</summary>
    public Uri RecordingTarget(long recordingId) => new(Base, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TargetPath}/recording/{recordingId}"));

    /// <summary>The target of a content selection (deep linking) launch.</summary>
    public Uri DeepLinkingTarget => new(Base, DeepLinkingTargetPath);

    /// <summary>The tool's public keys.</summary>
    public Uri Jwks => new(Base, JwksPath);

    /// <summary>Where an LMS administrator starts LTI Dynamic Registration.</summary>
    public Uri Registration => new(Base, RegistrationPath);

    public Uri Icon => new(Base, "/favicon.svg");

    public string Domain => Base.Authority;
}
