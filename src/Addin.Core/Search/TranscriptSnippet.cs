namespace Addin.Core.Search;

/// <summary>A line's stretch around the matched words, as the engine marked it for this line.</summary>
public sealed class TranscriptSnippet
{
    public long LineId { get; init; }

    /// <summary>The text, each match between the search's <see cref="SnippetMarks"/>.</summary>
    public string Marked { get; init; } = "";
}
