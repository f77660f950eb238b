using System.Text.Json.Nodes;
using Addin.Testing;

namespace Addin.Plugins.OpenAiTranslation.Tests;

/// <summary>Lines go to the chat endpoint as numbered JSON, in batches, and come back translated in the same count and order.</summary>
public sealed class ChatTranslatorTests
{
    [Fact]
    public async Task Translate_Lesson_SendsNumberedJsonWithTheSchema_AndReturnsEachLineTranslatedInOrder()
    {
        using var h = new TranslatorHarness();

        var translated = await h.TranslateAsync(to: "es");

        Assert.Equal(TranslatorHarness.Lesson.Select(l => "[es] " + l), translated);
        var chat = Assert.Single(h.Server.Chats);
        Assert.Equal("gpt-4o-mini", chat.Model);
        Assert.Equal("Bearer sk-test-key", chat.Raw.Authorization);
        Assert.EndsWith("/v1/chat/completions", chat.Raw.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("from English (en) into Spanish (es).", chat.Messages[0].Content, StringComparison.Ordinal);
        var sent = JsonNode.Parse(chat.LastUserMessage)!["lines"]!.AsArray();
        Assert.Equal([1, 2, 3, 4, 5], sent.Select(l => l!["n"]!.GetValue<int>()));
        Assert.Equal(TranslatorHarness.Lesson, sent.Select(l => l!["text"]!.GetValue<string>()));
        Assert.Equal("json_schema", chat.ResponseFormat?["type"]?.GetValue<string>());
        Assert.True(chat.ResponseFormat?["json_schema"]?["strict"]?.GetValue<bool>());
    }

    [Fact]
    public async Task Translate_MoreLinesThanABatch_SendsLinesPerRequestAtATime_AndJoinsThemInOrder()
    {
        using var h = new TranslatorHarness(settings: new JsonObject { ["linesPerRequest"] = 2 });

        var translated = await h.TranslateAsync(to: "fr");

        Assert.Equal(TranslatorHarness.Lesson.Select(l => "[fr] " + l), translated);
        Assert.Equal([2, 2, 1], h.Server.Chats.Select(c => TranslatingModel.SentLines(c).Count));
        Assert.Equal(TranslatorHarness.Lesson[4], Assert.Single(TranslatingModel.SentLines(h.Server.Chats[2])));
    }

    [Fact]
    public async Task Translate_AnswerInAMarkdownFence_IsReadWithoutAskingAgain()
    {
        using var h = new TranslatorHarness(chat => "```json\n" + TranslatingModel.Answer(chat) + "\n```");

        var translated = await h.TranslateAsync();

        Assert.Equal(5, translated.Count);
        Assert.Single(h.Server.Chats);
    }

    [Fact]
    public async Task Translate_NoLines_AsksNothing()
    {
        using var h = new TranslatorHarness();

        Assert.Empty(await h.TranslateAsync(lines: []));
        Assert.Empty(h.Server.Requests);
    }
}
