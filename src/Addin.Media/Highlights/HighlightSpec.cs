namespace Addin.Media.Highlights;

/// <summary>How a highlight clip is cut around each tagged moment.</summary>
/// <param name="Lead">How long before a moment its window starts, so the lead-up is heard.</param>
/// <param name="Length">How long each moment's window is.</param>
/// <param name="MaxTotal">The longest the whole clip may be; windows after it are cut short or left out.</param>
public sealed record HighlightSpec(TimeSpan Lead, TimeSpan Length, TimeSpan MaxTotal)
{
    /// <summary>Fifteen seconds around each moment (five before it), at most three minutes in all.</summary>
    public static HighlightSpec Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(3));

    /// <summary>The shortest window worth cutting: shorter ones (what is left under the cap) are left out.</summary>
    public static TimeSpan MinimumWindow { get; } = TimeSpan.FromSeconds(1);

    /// <exception cref="ArgumentOutOfRangeException">A negative lead, a window under a second, or a cap shorter than one window.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Lead, TimeSpan.Zero, nameof(Lead));
        ArgumentOutOfRangeException.ThrowIfLessThan(Length, MinimumWindow, nameof(Length));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTotal, Length, nameof(MaxTotal));
    }
}
