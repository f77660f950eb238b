using Addin.Media.Highlights;

namespace Addin.Core.Highlights;

/// <summary>How highlight clips are cut around a recap's tagged moments. Configuration section <c>Addin:Highlights</c>.</summary>
public sealed class HighlightOptions
{
    public const string SectionName = "Addin:Highlights";

    /// <summary>How long before each moment its window starts (default 5 s).</summary>
    public TimeSpan Lead { get; set; } = HighlightSpec.Default.Lead;

    /// <summary>How long each moment's window is (default 15 s); overlapping windows merge.</summary>
    public TimeSpan Length { get; set; } = HighlightSpec.Default.Length;

    /// <summary>The longest a clip may be (default 3 min); later windows are cut short or left out.</summary>
    public TimeSpan MaxTotal { get; set; } = HighlightSpec.Default.MaxTotal;

    public HighlightSpec ToSpec() => new(Lead, Length, MaxTotal);
}
