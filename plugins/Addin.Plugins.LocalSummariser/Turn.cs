namespace Addin.Plugins.LocalSummariser;

/// <summary>What one speaker says before another speaks.</summary>
internal sealed record Turn(string Speaker, TimeSpan Start, TimeSpan End, IReadOnlyList<Sentence> Sentences);
