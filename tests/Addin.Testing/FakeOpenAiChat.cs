using System.Text.Json.Nodes;

namespace Addin.Testing;

/// <summary>
/// An OpenAI-compatible <c>POST …/v1/chat/completions</c> on 127.0.0.1, as OpenAI documents it: a chat request in, a
/// <c>chat.completion</c> with one choice, its <c>finish_reason</c> and <c>usage</c> out. What the assistant says comes
/// from <paramref name="reply"/>; scripted answers (see <see cref="FakeOpenAiServer"/>) go first. Usage is reported as a
/// quarter of the characters sent and answered, and every count reported is kept in <see cref="ReportedUsage"/>.
/// </summary>
public sealed class FakeOpenAiChat(Func<ChatRequest, string> reply) : FakeOpenAiServer
{
    public const string Model = "gpt-fake-2026-12-01";
    private readonly List<(int Prompt, int Completion)> usage = [];

    /// <summary>The chat requests received (scripted answers included), in order.</summary>
    public IReadOnlyList<ChatRequest> Chats => [.. Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).Select(ChatRequest.From)];

    /// <summary>The prompt and completion tokens of every usage this server reported, in order.</summary>
    public IReadOnlyList<(int Prompt, int Completion)> ReportedUsage
    {
        get
        {
            lock (usage)
            {
                return [.. usage];
            }
        }
    }

    /// <summary>A completion saying <paramref name="content"/>, to script; <c>length</c> for an answer cut off at the output limit.</summary>
    public static LocalResponse Completion(string content, string finishReason = "stop", int promptTokens = 0, int completionTokens = 0) =>
        Json(new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            ["object"] = "chat.completion",
            ["created"] = 1_796_000_000,
            ["model"] = Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        });

    /// <summary>A scripted completion whose usage is counted like the normal answers'.</summary>
    public LocalResponse CountedCompletion(string content, string finishReason = "stop") => Counted(content, finishReason, 1_000);

    protected override Task<LocalResponse> Answer(RecordedRequest request)
    {
        if (request.Method != "POST" || !request.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            return Task.FromResult(LocalResponse.NotFound(request.Path));
        }

        var chat = ChatRequest.From(request);
        return Task.FromResult(Counted(reply(chat), "stop", chat.Messages.Sum(m => m.Content.Length) / 4));
    }

    private LocalResponse Counted(string content, string finishReason, int promptTokens)
    {
        int completionTokens = Math.Max(1, content.Length / 4);
        lock (usage)
        {
            usage.Add((promptTokens, completionTokens));
        }

        return Completion(content, finishReason, promptTokens, completionTokens);
    }
}

/// <summary>What a chat-completions request asked.</summary>
public sealed record ChatRequest(string Model, IReadOnlyList<(string Role, string Content)> Messages, JsonNode? ResponseFormat, double? Temperature, RecordedRequest Raw)
{
    /// <summary>The last user message: what the model is asked now.</summary>
    public string LastUserMessage => Messages.Last(m => m.Role == "user").Content;

    public static ChatRequest From(RecordedRequest request)
    {
        var body = request.JsonBody ?? throw new InvalidOperationException("The chat request has no body.");
        return new ChatRequest(
            body["model"]?.GetValue<string>() ?? "",
            [.. body["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), Text(m["content"])))],
            body["response_format"],
            body["temperature"]?.GetValue<double>(),
            request);
    }

    /// <summary>Content is a string, or an array of parts of which the text ones count.</summary>
    private static string Text(JsonNode? content) => content switch
    {
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        null => "",
        _ => content.GetValue<string>(),
    };
}
