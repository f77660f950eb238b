using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Addin.Plugins.OpenAiTranslation.Chat;

// What is sent and what the model is asked to answer: the same shape, so the model sees its answer's form in the
// question. Semantic Kernel turns NumberedLines into the request's JSON schema (strict), so the descriptions are part of
// the prompt: change them only with a new TranslationPrompt.Version.

/// <summary>Caption lines, numbered from 1.</summary>
[Description("Caption lines, numbered from 1, one entry per line.")]
internal sealed record NumberedLines(
    [property: JsonPropertyName("lines"), Description("One entry per caption line, in order.")] IReadOnlyList<NumberedLine> Lines)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static NumberedLines From(IEnumerable<string> texts) => new([.. texts.Select((text, i) => new NumberedLine(i + 1, text))]);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The answer read as lines; throws <see cref="JsonException"/> when it is not JSON of this shape.</summary>
    public static NumberedLines? Parse(string json) => JsonSerializer.Deserialize<NumberedLines>(json, Json);
}

/// <summary>One caption line and its number.</summary>
internal sealed record NumberedLine(
    [property: JsonPropertyName("n"), Description("The line's number, as given.")] int N,
    [property: JsonPropertyName("text"), Description("The line's text.")] string Text);
