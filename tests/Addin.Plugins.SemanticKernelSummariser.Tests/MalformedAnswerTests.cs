using System.Text.Json.Nodes;
using Addin.Plugins.SemanticKernelSummariser.Chat;
using Addin.Testing;

namespace Addin.Plugins.SemanticKernelSummariser.Tests;

/// <summary>Answers that are not a recap (not JSON, not the schema, cut off) are asked for once more, then refused clearly.</summary>
public sealed class MalformedAnswerTests
{
    private const string Prose = "Sure! Here is a summary of the lesson: the class added fractions and then talked about percentages.";

    [Fact]
    public async Task Summarise_NotJsonThenGood_AsksOnceMoreSayingWhatWasWrong()
    {
        using var h = new SummariserHarness();
        h.Server.AnswerNext(h.Server.CountedCompletion(Prose));

        var recap = await h.SummariseAsync(SummariserHarness.Lesson);

        Assert.Single(recap.Topics);
        var chats = h.Server.Chats;
        Assert.Equal(2, chats.Count);
        Assert.Equal(["system", "user", "assistant", "user"], chats[1].Messages.Select(m => m.Role));
        Assert.Equal(chats[0].Messages[1].Content, chats[1].Messages[1].Content);
        Assert.Equal(Prose, chats[1].Messages[2].Content);
        Assert.StartsWith("Your answer could not be used: it is not JSON matching the schema", chats[1].LastUserMessage, StringComparison.Ordinal);
        Assert.NotNull(chats[1].ResponseFormat);
        Assert.Equal(h.Server.ReportedUsage.Sum(u => u.Prompt), recap.Run.InputTokens);
        Assert.Equal(h.Server.ReportedUsage.Sum(u => u.Completion), recap.Run.OutputTokens);
    }

    [Fact]
    public async Task Summarise_NotJsonTwice_ThrowsSayingWhatTheEndpointAnsweredAndWhatToDo()
    {
        using var h = new SummariserHarness();
        h.Server.AnswerNext(FakeOpenAiChat.Completion(Prose), FakeOpenAiChat.Completion("```json\n{\"Overview\": \"Fractions\"\n```"));

        var ex = await Assert.ThrowsAsync<ChatAnswerException>(() => h.SummariseAsync(SummariserHarness.Lesson));

        Assert.Equal(2, h.Server.Chats.Count);
        Assert.Contains($"The chat endpoint {h.Server.BaseUrl}v1/chat/completions (model gpt-4o-mini) twice answered something that is not a recap", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it is not JSON matching the schema", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Its last answer began: ```json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Use a model that supports JSON-schema structured output", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarise_JsonInAMarkdownFence_IsReadWithoutAskingAgain()
    {
        using var h = new SummariserHarness(chat => "```json\n" + QuotingModel.Recap(chat) + "\n```");

        var recap = await h.SummariseAsync(SummariserHarness.Lesson);

        Assert.Single(recap.Topics);
        Assert.Single(h.Server.Chats);
    }

    [Theory]
    [InlineData("topics", "start", "twelve seconds in", "topics[0].start is \"twelve seconds in\", not a line timestamp such as 00:12:05.3")]
    [InlineData("topics", "confidence", 7, "topics[0].confidence is 7, not a confidence from 0 to 1")]
    [InlineData("gaps", "severity", "Catastrophic", "it is not JSON matching the schema")]
    [InlineData("topics", "evidence", null, "it is not JSON matching the schema")]
    public async Task Summarise_AnswerNotMatchingTheSchema_IsAskedForAgainWithTheProblem(string list, string field, object? value, string problem)
    {
        using var h = new SummariserHarness(chat =>
        {
            var recap = QuotingModel.Recap(QuotingModel.Lines(chat), null);
            if (chat.Messages.Count == 2)
            {
                recap[list]![0]![field] = JsonValue.Create(value);
            }

            return recap.ToJsonString();
        });

        var recap = await h.SummariseAsync(SummariserHarness.Lesson);

        Assert.Single(recap.Topics);
        Assert.Contains(problem, h.Server.Chats[1].LastUserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarise_TruncatedThenGood_AsksForAShorterAnswer()
    {
        using var h = new SummariserHarness();
        h.Server.AnswerNext(h.Server.CountedCompletion("{\"Overview\":\"The class added fractions\",\"Topics\":[{\"Title\":\"Add", "length"));

        var recap = await h.SummariseAsync(SummariserHarness.Lesson);

        Assert.Single(recap.Topics);
        Assert.StartsWith("Your answer was cut off before it ended (finish_reason is \"length\"", h.Server.Chats[1].LastUserMessage, StringComparison.Ordinal);
        Assert.Contains("shorter", h.Server.Chats[1].LastUserMessage, StringComparison.Ordinal);
        Assert.Equal(h.Server.ReportedUsage.Sum(u => u.Completion), recap.Run.OutputTokens);
    }

    [Fact]
    public async Task Summarise_TruncatedEvenIfParsable_TwiceThrowsSuggestingSmallerChunks()
    {
        using var h = new SummariserHarness();
        string complete = QuotingModel.Recap([new("00:00:01.0", "Ms Lee", "Good morning everyone.")], null).ToJsonString();
        h.Server.AnswerNext(FakeOpenAiChat.Completion(complete, "length"), FakeOpenAiChat.Completion("{\"Overview\":\"The cl", "length"));

        var ex = await Assert.ThrowsAsync<ChatAnswerException>(() => h.SummariseAsync(SummariserHarness.Lesson));

        Assert.Contains("finish_reason is \"length\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Its last answer (cut off) began: {\"Overview\":\"The cl.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Lower maxInputTokensPerChunk", ex.Message, StringComparison.Ordinal);
    }
}
