using System.Text.Json.Nodes;

namespace Addin.Testing;

/// <summary>
/// What a chat model that follows the translation prompt answers, for a <see cref="FakeOpenAiChat"/>: the numbered lines
/// of the last user message, each "translated" by putting the target language's tag in brackets before it
/// ("[es] Hello"), numbered as sent.
/// </summary>
public static class TranslatingModel
{
    public static string Answer(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string language = TargetLanguage(request);
        var lines = SentLines(request);
        return new JsonObject
        {
            ["lines"] = new JsonArray([.. lines.Select((text, i) => (JsonNode)new JsonObject { ["n"] = i + 1, ["text"] = $"[{language}] {text}" })]),
        }.ToJsonString();
    }

    /// <summary>The texts of the numbered lines the request carries.</summary>
    public static IReadOnlyList<string> SentLines(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return [.. JsonNode.Parse(request.Messages.First(m => m.Role == "user").Content)!["lines"]!.AsArray().Select(l => l!["text"]!.GetValue<string>())];
    }

    /// <summary>The tag in brackets at the end of "into Spanish (es)." in the instructions.</summary>
    public static string TargetLanguage(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string system = request.Messages.First(m => m.Role == "system").Content;
        int into = system.IndexOf(" into ", StringComparison.Ordinal) + " into ".Length;
        string target = system[into..system.IndexOf('\n', into)].TrimEnd('.', '\r');
        int open = target.LastIndexOf('(');
        return open >= 0 ? target[(open + 1)..target.LastIndexOf(')')] : target;
    }
}
