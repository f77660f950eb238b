using System.Text.Json.Nodes;
using Addin.Core.Recaps;
using Addin.Plugins.SemanticKernelSummariser.Prompt;
using Addin.Sdk.Summaries;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Plugins.SemanticKernelSummariser.Tests;

/// <summary>
/// The summariser through Semantic Kernel's OpenAI connector against a chat-completions server on 127.0.0.1, on a real
/// classroom transcript (fractions lesson) and real tutoring dialogues (MathDial).
/// </summary>
public sealed class SemanticKernelSummariserTests
{
    [Fact]
    public async Task Summarise_GoodAnswer_SendsOneDocumentedRequestWithTheTimedTranscript()
    {
        using var h = new SummariserHarness();

        await h.SummariseAsync(SummariserHarness.Lesson, SummariserHarness.LessonPlan);

        var chat = Assert.Single(h.Server.Chats);
        Assert.Equal(("POST", "/v1/chat/completions"), (chat.Raw.Method, chat.Raw.Path));
        Assert.Equal("Bearer sk-test-key", chat.Raw.Authorization);
        Assert.Equal("gpt-4o-mini", chat.Model);
        Assert.Equal(0.2, chat.Temperature);
        Assert.Equal("json_schema", chat.ResponseFormat!["type"]!.GetValue<string>());
        var schema = chat.ResponseFormat["json_schema"]!;
        Assert.True(schema["strict"]!.GetValue<bool>());
        Assert.Equal("RecapDraft", schema["name"]!.GetValue<string>());
        Assert.False(schema["schema"]!["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(["Overview", "Topics", "Exchanges", "Gaps", "NextSteps", "ReviewQuestions", "Moments"], Names(schema["schema"]!["required"]!));

        Assert.Equal(["system", "user"], chat.Messages.Select(m => m.Role));
        Assert.Equal(RecapPrompt.System, chat.Messages[0].Content);
        string user = chat.Messages[1].Content;
        Assert.Contains("[00:00:01.0] Ms Lee: Good morning everyone. Today we are adding fractions with different denominators.", user, StringComparison.Ordinal);
        Assert.Contains("[00:00:39.0] Priya Shah: Wait, I don't understand why we can't just add the bottom numbers.", user, StringComparison.Ordinal);
        Assert.Contains("- adding-fractions: Adding fractions [denominator, common denominator, numerator, twelfths]", user, StringComparison.Ordinal);
        Assert.Contains("Instructors: Ms Lee; everyone else is a student.", user, StringComparison.Ordinal);
        Assert.DoesNotContain("This is part", user, StringComparison.Ordinal);
        Assert.Equal(SummariserHarness.Lesson.Segments.Count, QuotingModel.Lines(chat).Count);
    }

    [Fact]
    public async Task Summarise_GoodAnswer_MapsEveryPartAndRecordsTheRun()
    {
        using var h = new SummariserHarness();

        var recap = await h.SummariseAsync(SummariserHarness.Lesson, SummariserHarness.LessonPlan);

        var topic = Assert.Single(recap.Topics);
        Assert.Equal((TimeSpan.FromSeconds(1), "adding-fractions", 0.8), (topic.Start, topic.CurriculumTopicId, topic.Confidence));
        Assert.Equal(new Evidence(TimeSpan.FromSeconds(1), "Good morning everyone. Today we are adding fractions with different denominators."), Assert.Single(topic.Evidence));
        var exchange = recap.Exchanges[0];
        Assert.Equal(("Ms Lee", "Sam Okafor", "We need a common denominator."), (exchange.AskedBy, exchange.AnsweredBy, exchange.Answer));
        Assert.Equal(TimeSpan.FromSeconds(19), exchange.Evidence.At);
        Assert.Equal(TimeSpan.FromSeconds(25), exchange.AnswerEvidence.At);
        var gap = Assert.Single(recap.Gaps);
        Assert.Equal(("Priya Shah", GapSeverity.Medium, TimeSpan.FromSeconds(39)), (gap.Student, gap.Severity, gap.Evidence.At));
        Assert.Equal([MomentKind.TopicStart, MomentKind.Confusion], recap.Moments.Select(m => m.Kind));
        Assert.Null(Assert.Single(recap.NextSteps).Evidence);
        Assert.Equal("Part from 00:00:01.0 to " + LineClock.Format(SummariserHarness.Lesson.Segments[^1].Start) + ".", recap.Overview);

        Assert.Equal(SummariserHarness.ProviderId, recap.Run.SummariserId);
        Assert.Equal(FakeOpenAiChat.Model, recap.Run.Model);
        Assert.Equal(RecapPrompt.Version, recap.Run.PromptVersion);
        var usage = Assert.Single(h.Server.ReportedUsage);
        Assert.Equal((usage.Prompt, usage.Completion), (recap.Run.InputTokens!.Value, recap.Run.OutputTokens!.Value));
    }

    [Fact]
    public async Task Summarise_TalkTime_IsMeasuredFromTheTranscriptNotAsked()
    {
        using var h = new SummariserHarness();

        var recap = await h.SummariseAsync(SummariserHarness.Lesson);

        var speakers = SummariserHarness.Lesson.Segments.GroupBy(s => s.Speaker!).ToDictionary(g => g.Key, g => TimeSpan.FromTicks(g.Sum(s => (s.End - s.Start).Ticks)));
        Assert.Equal(speakers.OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value)), recap.TalkTime.Select(t => (t.Speaker, t.Spoken)));
        Assert.Equal(1, recap.TalkTime.Sum(t => t.Share), 2);
        Assert.DoesNotContain("talk", h.Server.Chats[0].ResponseFormat!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Summarise_HallucinatedQuotesAndTimes_AreKeptVerbatimForTheHostCheckWhichDropsThem()
    {
        using var h = new SummariserHarness(chat =>
        {
            var lines = QuotingModel.Lines(chat);
            var recap = QuotingModel.Recap(lines, "long-division");
            recap["gaps"]!.AsArray().Add(new JsonObject
            {
                ["what"] = "Long division", ["student"] = "Sam Okafor", ["severity"] = "High", ["confidence"] = 0.9,
                ["evidence"] = new JsonObject { ["at"] = "00:00:25.0", ["quote"] = "I have never understood long division." },
            });
            recap["moments"]!.AsArray().Add(new JsonObject
            {
                ["kind"] = "Breakthrough", ["label"] = "After the end", ["confidence"] = 0.9,
                ["evidence"] = new JsonObject { ["at"] = "02:00:00.0", ["quote"] = lines[0].Text },
            });
            return recap.ToJsonString();
        });

        var recap = await h.SummariseAsync(SummariserHarness.Lesson, SummariserHarness.LessonPlan);
        var checkedRecap = new RecapEvidenceChecker(NullLogger<RecapEvidenceChecker>.Instance).Check(recap, SummariserHarness.Lesson, SummariserHarness.Duration(SummariserHarness.Lesson));

        Assert.Null(Assert.Single(recap.Topics).CurriculumTopicId);
        Assert.Contains(recap.Gaps, g => g.Evidence.Quote == "I have never understood long division.");
        Assert.Contains(recap.Moments, m => m.Evidence.At == TimeSpan.FromHours(2));
        Assert.Equal(["gap: Long division", "moment: After the end"], checkedRecap.Dropped.Select(d => $"{d.Part}: {d.Claim}"));
        Assert.Equal(["Priya Shah"], checkedRecap.Recap.Gaps.Select(g => g.Student));
        Assert.Equal(recap.Exchanges, checkedRecap.Recap.Exchanges);
    }

    [Fact]
    public async Task Summarise_LongTranscript_SendsConsecutiveChunksUnderTheBudgetAndMergesThemInTimeOrder()
    {
        var (transcript, _) = MathDial.Session(MathDial.All.Take(8));
        using var h = new SummariserHarness(settings: new JsonObject { ["maxInputTokensPerChunk"] = 1500 });

        var recap = await h.SummariseAsync(transcript);

        var chats = h.Server.Chats;
        Assert.True(chats.Count >= 3, $"{chats.Count} request(s)");
        Assert.All(chats, c => Assert.True(TokenEstimate.Of(string.Concat(c.Messages.Select(m => m.Content))) <= 1500));
        var sent = chats.SelectMany(QuotingModel.Lines).ToList();
        Assert.Equal(transcript.Segments.Select(s => (LineClock.Format(s.Start), s.Speaker, s.Text)), sent.Select(l => (l.At, (string?)l.Speaker, l.Text)));
        Assert.Contains($"This is part 2 of {chats.Count} of the session, from ", chats[1].Messages[1].Content, StringComparison.Ordinal);

        Assert.Equal(chats.Count, recap.Topics.Count);
        Assert.Equal(recap.Topics.OrderBy(t => t.Start), recap.Topics);
        Assert.Equal(recap.Moments.OrderBy(m => m.Evidence.At), recap.Moments);
        Assert.Equal(recap.Exchanges.OrderBy(e => e.Evidence.At), recap.Exchanges);
        Assert.True(recap.Exchanges.Count > chats.Count);
        Assert.StartsWith("Part from 00:00:00.0 to ", recap.Overview, StringComparison.Ordinal);
        Assert.Equal(chats.Count, recap.Overview.Split("Part from ").Length - 1);
        Assert.Equal(h.Server.ReportedUsage.Sum(u => u.Prompt), recap.Run.InputTokens);
        Assert.Equal(h.Server.ReportedUsage.Sum(u => u.Completion), recap.Run.OutputTokens);

        var checkedRecap = new RecapEvidenceChecker(NullLogger<RecapEvidenceChecker>.Instance).Check(recap, transcript, SummariserHarness.Duration(transcript));
        Assert.Empty(checkedRecap.Dropped);
    }

    [Fact]
    public async Task Summarise_TopicRunningAcrossACut_BecomesOneTopic()
    {
        var (transcript, _) = MathDial.Session(MathDial.All.Take(3));
        using var h = new SummariserHarness(c => QuotingModel.Recap(QuotingModel.Lines(c), "spoons").ToJsonString(), new JsonObject { ["maxInputTokensPerChunk"] = 1200 });

        var recap = await h.SummariseAsync(transcript, [new CurriculumTopic { Id = "spoons", Title = "Counting spoons" }]);

        Assert.True(h.Server.Chats.Count >= 2);
        var topic = Assert.Single(recap.Topics);
        Assert.Equal((transcript.Segments[0].Start, transcript.Segments[^1].Start), (topic.Start, topic.End));
        Assert.Equal(h.Server.Chats.Count, topic.Evidence.Count);
    }

    [Fact]
    public async Task Summarise_Azure_PostsToTheV1ApiWithTheDeploymentAsModel()
    {
        // The resource URL as the Azure portal shows it; the fake server stands at its root.
        using var azure = new SummariserHarness(settings: new JsonObject { ["kind"] = "azure", ["model"] = "recaps-gpt4o" }, endpointAtRoot: true);

        await azure.SummariseAsync(SummariserHarness.Lesson);

        var chat = Assert.Single(azure.Server.Chats);
        Assert.Equal("/openai/v1/chat/completions", chat.Raw.Path);
        Assert.Equal("recaps-gpt4o", chat.Model);
        Assert.Equal("Bearer sk-test-key", chat.Raw.Authorization);
    }

    [Fact]
    public async Task Summarise_EmptyTranscript_AsksNothing()
    {
        using var h = new SummariserHarness();

        var recap = await h.Summariser.SummariseAsync(
            new SummaryRequest { Transcript = new() { Segments = [], EngineId = "none" }, Duration = TimeSpan.FromMinutes(1), CourseTitle = "", SessionTitle = "" },
            new Progress<double>(), CancellationToken.None);

        Assert.Empty(h.Server.Requests);
        Assert.Empty(recap.Topics);
        Assert.Equal(RecapPrompt.Version, recap.Run.PromptVersion);
    }

    private static string[] Names(JsonNode array) => [.. array.AsArray().Select(n => n!.GetValue<string>())];
}
