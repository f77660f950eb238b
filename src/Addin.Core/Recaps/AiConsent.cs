namespace Addin.Core.Recaps;

/// <summary>
/// Whether AI processing (summarising transcripts into recaps) is switched on for a platform (<see cref="CourseId"/>
/// null) or for one of its courses. It runs only when both are on; a platform or course without a record is off.
/// </summary>
public sealed class AiConsent
{
    public long Id { get; set; }

    public long PlatformId { get; set; }

    public long? CourseId { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The person who last switched it; null when it was configuration or the demo seed.</summary>
    public long? ChangedById { get; set; }

    /// <summary>Who last switched it, in words: the person's name, or what did it ("demo seed").</summary>
    public required string ChangedBy { get; set; }
}
