namespace Addin.Plugins.LocalSummariser;

/// <summary>One sentence of a segment, quoted verbatim, timed by its segment.</summary>
/// <param name="Index">Its position among all sentences of the transcript.</param>
/// <param name="Text">The words exactly as in the segment.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Start">When its segment starts.</param>
/// <param name="End">When its segment ends.</param>
/// <param name="Words">Its words, normalised (<see cref="Words.Of"/>).</param>
internal sealed record Sentence(int Index, string Text, string Speaker, TimeSpan Start, TimeSpan End, IReadOnlyList<string> Words)
{
    public bool IsQuestion => Text.EndsWith('?');
}
