namespace Addin.Core.Retention;

/// <summary>
/// How long a platform's recordings are kept (<see cref="CourseId"/> null), or one course's when it overrides its
/// platform's policy. Ages count from when a recording was imported.
/// </summary>
public sealed class RetentionPolicy
{
    public long Id { get; set; }

    public long PlatformId { get; set; }

    /// <summary>The course whose policy this is; null for the platform's own policy.</summary>
    public long? CourseId { get; set; }

    /// <summary>Delete a recording this many days after it was imported; null keeps recordings for ever.</summary>
    public int? DeleteAfterDays { get; set; }

    /// <summary>Move a recording's media to <see cref="Tier"/> this many days after it was imported; null never moves it.</summary>
    public int? MoveAfterDays { get; set; }

    /// <summary>The cooler storage tier to move to (<c>Cool</c>, <c>Cold</c>, <c>Archive</c>).</summary>
    public string? Tier { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The policy in words, as reports and the audit trail name it.</summary>
    public string Describe(string scope)
    {
        var parts = new List<string>();
        if (MoveAfterDays is { } move)
        {
            parts.Add($"move to {Tier} after {move} days");
        }

        parts.Add(DeleteAfterDays is { } delete ? $"delete after {delete} days" : "never delete");
        return $"{scope} policy ({string.Join(", ", parts)})";
    }
}
