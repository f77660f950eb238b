namespace Addin.Core.Lti;

/// <summary>A pending LTI login: the state and nonce the tool sent to the platform, until the launch consumes it.</summary>
public sealed class LoginStateRecord
{
    public required string State { get; set; }

    public required string Nonce { get; set; }

    public required string RegistrationKey { get; set; }

    public required string Issuer { get; set; }

    public required string ClientId { get; set; }

    public required string TargetLinkUri { get; set; }

    /// <summary>The frame the platform offered for postMessage storage (<c>lti_storage_target</c>), when it did.</summary>
    public string? StorageTarget { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
