using System.Text.Json.Nodes;
using Addin.Plugins.OpenAiTranslation.Chat;
using Addin.Testing;

namespace Addin.Plugins.OpenAiTranslation.Tests;

/// <summary>An answer that is not JSON, or has another number of lines, is asked for once more, then refused clearly.</summary>
public sealed class UnusableAnswerTests
{
    private const string Prose = "Claro: hoy factorizamos cuadráticas.";

    [Fact]
    public async Task Translate_ShortAnswerThenGood_AsksOnceMoreSayingHowManyLines()
    {
        using var h = new TranslatorHarness();
        h.Server.AnswerNext(FakeOpenAiChat.Completion("""{"lines":[{"n":1,"text":"Hoy factorizamos."},{"n":2,"text":"¿Qué es?"}]}"""));

        var translated = await h.TranslateAsync();

        Assert.Equal(5, translated.Count);
        var chats = h.Server.Chats;
        Assert.Equal(2, chats.Count);
        Assert.Equal(["system", "user", "assistant", "user"], chats[1].Messages.Select(m => m.Role));
        Assert.StartsWith("Your answer could not be used: it has 2 lines for the 5 sent.", chats[1].LastUserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_NotJsonTwice_ThrowsSayingWhatTheEndpointAnsweredAndWhatToDo()
    {
        using var h = new TranslatorHarness();
        h.Server.AnswerNext(FakeOpenAiChat.Completion(Prose), FakeOpenAiChat.Completion(Prose));

        var ex = await Assert.ThrowsAsync<TranslationAnswerException>(() => h.TranslateAsync());

        Assert.Equal(2, h.Server.Chats.Count);
        Assert.Contains($"The chat endpoint {h.Server.BaseUrl}v1/chat/completions (model gpt-4o-mini) twice answered something that is not the 5 lines translated into es", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it is not JSON of the form", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Its last answer began: " + Prose, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Lower linesPerRequest", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"lines":[{"n":1,"text":"a"},{"n":2,"text":"b"},{"n":3,"text":"c"},{"n":4,"text":"d"},{"n":5,"text":"e"},{"n":6,"text":"f"}]}""", "it has 6 lines for the 5 sent")]
    [InlineData("""{"lines":[{"n":1,"text":"a"},{"n":3,"text":"b"},{"n":2,"text":"c"},{"n":4,"text":"d"},{"n":5,"text":"e"}]}""", "entry 2 is numbered 3, not 2")]
    [InlineData("""{"lines":[{"n":1,"text":"a"},{"n":2,"text":" "},{"n":3,"text":"c"},{"n":4,"text":"d"},{"n":5,"text":"e"}]}""", "line 2 has no text")]
    [InlineData("""{"translations":["a","b","c","d","e"]}""", "it has no \"lines\"")]
    public async Task Translate_WrongShapeTwice_FailsNamingTheProblem(string answer, string problem)
    {
        using var h = new TranslatorHarness();
        h.Server.AnswerNext(FakeOpenAiChat.Completion(answer), FakeOpenAiChat.Completion(answer));

        var ex = await Assert.ThrowsAsync<TranslationAnswerException>(() => h.TranslateAsync());

        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Server.Chats.Count);
    }

    [Fact]
    public async Task Translate_CutOffTwice_FailsSayingSo()
    {
        using var h = new TranslatorHarness();
        h.Server.AnswerNext(FakeOpenAiChat.Completion("""{"lines":[{"n":1,"text":"Hoy"}""", "length"), FakeOpenAiChat.Completion("""{"lines":[""", "length"));

        var ex = await Assert.ThrowsAsync<TranslationAnswerException>(() => h.TranslateAsync());

        Assert.Contains("cut off at the model's output limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_SecondBatchUnusable_FailsWithoutPartialResult()
    {
        using var h = new TranslatorHarness(settings: new JsonObject { ["linesPerRequest"] = 3 });
        h.Server.AnswerNext(
            h.Server.CountedCompletion("""{"lines":[{"n":1,"text":"a"},{"n":2,"text":"b"},{"n":3,"text":"c"}]}"""),
            FakeOpenAiChat.Completion(Prose),
            FakeOpenAiChat.Completion(Prose));

        await Assert.ThrowsAsync<TranslationAnswerException>(() => h.TranslateAsync());

        Assert.Equal(3, h.Server.Chats.Count);
    }
}
