namespace Addin.Plugins.SemanticKernelSummariser.Prompt;

/// <summary>Splits a transcript's lines into consecutive chunks of at most a token budget, never inside a segment.</summary>
internal static class TranscriptChunker
{
    /// <remarks>A single line longer than the budget becomes a chunk of its own rather than being cut mid-sentence.</remarks>
    public static IReadOnlyList<IReadOnlyList<TranscriptLine>> Split(IReadOnlyList<TranscriptLine> lines, int budget)
    {
        var chunks = new List<IReadOnlyList<TranscriptLine>>();
        var current = new List<TranscriptLine>();
        int tokens = 0;
        foreach (var line in lines)
        {
            if (current.Count > 0 && tokens + line.Tokens > budget)
            {
                chunks.Add(current);
                current = [];
                tokens = 0;
            }

            current.Add(line);
            tokens += line.Tokens;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }
}
