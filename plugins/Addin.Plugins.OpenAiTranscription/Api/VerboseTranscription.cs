using System.Text.Json.Serialization;

namespace Addin.Plugins.OpenAiTranscription.Api;

/// <summary>The <c>verbose_json</c> answer of <c>/v1/audio/transcriptions</c>: the fields Addin reads.</summary>
internal sealed record VerboseTranscription(
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("duration")] double? Duration,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("segments")] IReadOnlyList<VerboseSegment>? Segments);

/// <summary>One segment; times in seconds from the start of the uploaded file.</summary>
internal sealed record VerboseSegment(
    [property: JsonPropertyName("start")] double Start,
    [property: JsonPropertyName("end")] double End,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("avg_logprob")] double? AverageLogProbability);
