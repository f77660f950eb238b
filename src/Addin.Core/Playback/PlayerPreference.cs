using Addin.Core.People;

namespace Addin.Core.Playback;

/// <summary>A person's player settings, kept on the server so they follow the person to another browser.</summary>
public sealed class PlayerPreference
{
    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public double Speed { get; set; } = 1;

    public bool CaptionsOn { get; set; } = true;

    /// <summary>The caption language last chosen (a BCP 47 tag), or null for the recording's own.</summary>
    public string? CaptionLanguage { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
