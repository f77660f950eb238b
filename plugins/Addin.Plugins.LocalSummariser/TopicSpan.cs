namespace Addin.Plugins.LocalSummariser;

/// <summary>A stretch of the session about one topic, with the sentences that show it and the terms that matched.</summary>
internal sealed record TopicSpan(string Title, string? CurriculumTopicId, TimeSpan Start, TimeSpan End, IReadOnlyList<Sentence> Hits, IReadOnlyList<IReadOnlyList<string>> Terms);
