namespace Addin.Core.Lti;

/// <summary>
/// The tool's signing keys (current, next, previous), as the key ring stores them. The private keys are encrypted by
/// the host (ASP.NET Data Protection) before they reach this table, and never logged.
/// </summary>
public sealed class ToolKeyRecord
{
    public long Id { get; set; }

    /// <summary>The key set, serialised and encrypted.</summary>
    public required string ProtectedKeys { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
