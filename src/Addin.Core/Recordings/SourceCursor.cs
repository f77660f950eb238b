namespace Addin.Core.Recordings;

/// <summary>Where a platform's recording source left off (a delta token, …).</summary>
public sealed class SourceCursor
{
    public long PlatformId { get; set; }

    public required string ProviderId { get; set; }

    public string? Cursor { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
