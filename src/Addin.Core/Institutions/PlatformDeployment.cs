namespace Addin.Core.Institutions;

/// <summary>An LTI deployment id the platform registered the tool under.</summary>
public sealed class PlatformDeployment
{
    public long Id { get; set; }

    public long PlatformId { get; set; }

    public required string DeploymentId { get; set; }
}
