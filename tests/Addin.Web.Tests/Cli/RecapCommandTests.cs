using System.Text.Json;
using Addin.Testing;
using Addin.Web.Cli;

namespace Addin.Web.Tests.Cli;

/// <summary><c>./addin recap</c> end to end: files in, the summariser plugin loaded from its folder, checked JSON out.</summary>
public sealed class RecapCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", "recap");

    private readonly TempDirectory folder = new("addin-cli-recap");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Recap_OfAVttWithAPlan_PrintsTheRecapAsJson_EveryQuoteFromTheTranscript()
    {
        using var output = new StringWriter();

        int exit = await Run(output, "recap", Path.Combine(Fixtures, "fractions-lesson.vtt"), "--curriculum", Path.Combine(Fixtures, "fractions-plan.csv"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var recap = json.RootElement;
        Assert.Equal(["adding-fractions", "percentages"], recap.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("curriculumTopicId").GetString()));
        Assert.Equal("local-summariser", recap.GetProperty("run").GetProperty("summariserId").GetString());
        Assert.Equal("high", recap.GetProperty("gaps")[0].GetProperty("severity").GetString());
        Assert.Equal("00:00:39", recap.GetProperty("gaps")[0].GetProperty("evidence").GetProperty("at").GetString());
        string vtt = await File.ReadAllTextAsync(Path.Combine(Fixtures, "fractions-lesson.vtt"));
        var quotes = Quotes(recap).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q, vtt, StringComparison.Ordinal));
        Assert.Contains("\"quote\": \"Wait, I don't understand why we can't just add the bottom numbers.\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recap_OfAJsonTranscript_UsesItsSpeakers()
    {
        string path = folder.Combine("session.json");
        await File.WriteAllTextAsync(path, """
            { "segments": [
              { "start": "00:00:02", "end": "00:00:06.5", "speaker": "Tutor", "text": "What is seven times eight?" },
              { "start": "00:00:07", "end": "00:00:09", "speaker": "Ana", "text": "Fifty six." }
            ] }
            """);
        using var output = new StringWriter();

        int exit = await Run(output, "recap", path, "--summariser", "local-summariser");

        Assert.Equal(0, exit);
        var exchange = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("exchanges")[0];
        Assert.Equal(("What is seven times eight?", "Tutor", "Fifty six."),
            (exchange.GetProperty("question").GetString(), exchange.GetProperty("askedBy").GetString(), exchange.GetProperty("answer").GetString()));
    }

    [Fact]
    public async Task Recap_NeverPrintsClaimsWhoseEvidenceIsNotInTheTranscript()
    {
        string plugins = folder.Combine("plugins");
        CopyPlugin(Path.Combine(RepoPaths.Root, "artifacts", "test-plugins", "Addin.TestPlugins.Hallucinating"), Path.Combine(plugins, "hallucinating"));
        await File.WriteAllTextAsync(Path.Combine(plugins, "hallucinating", "plugin.json"), """
            { "id": "test.hallucinating", "name": "Hallucinating", "version": "1.0.0", "description": "Invents things.", "authors": ["Tests"], "sdk": "^1.0",
              "assembly": "Addin.TestPlugins.Hallucinating.dll",
              "providers": [ { "id": "hallucinating", "kind": "summariser", "factory": "Addin.TestPlugins.Hallucinating.HallucinatingSummariserFactory",
                "displayName": "Hallucinating", "description": "Invents quotes.", "settingsSchema": { "type": "object", "additionalProperties": false } } ] }
            """);
        using var output = new StringWriter();

        int exit = await RunWithPlugins(output, plugins, "recap", Path.Combine(Fixtures, "fractions-lesson.vtt"), "--summariser", "hallucinating");

        Assert.Equal(0, exit);
        var recap = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(["True start"], recap.GetProperty("moments").EnumerateArray().Select(m => m.GetProperty("label").GetString()));
        Assert.DoesNotContain("long division", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("imaginary-1", recap.GetProperty("run").GetProperty("model").GetString());
    }

    [Fact]
    public async Task Recap_WithTheSemanticKernelSummariser_AsksTheConfiguredEndpointAndPrintsOnlyCheckedClaims()
    {
        using var chat = new FakeOpenAiChat(_ => """
            { "Overview": "The class added fractions with unlike denominators.",
              "Topics": [ { "Title": "Adding fractions", "Start": "00:00:01.0", "End": "00:01:06.0", "CurriculumTopicId": "adding-fractions", "Confidence": 0.9,
                            "Evidence": [ { "At": "00:00:01.0", "Quote": "Today we are adding fractions with different denominators." } ] } ],
              "Exchanges": [],
              "Gaps": [ { "What": "Adds the denominators", "Student": "Priya Shah", "Severity": "High", "Confidence": 0.8,
                          "Evidence": { "At": "00:00:39.0", "Quote": "I don't understand why we can't just add the bottom numbers." } },
                        { "What": "Hates fractions", "Student": "Sam Okafor", "Severity": "Low", "Confidence": 0.4,
                          "Evidence": { "At": "00:00:25.0", "Quote": "I hate fractions." } } ],
              "NextSteps": [], "ReviewQuestions": [], "Moments": [] }
            """);
        using var output = new StringWriter();

        int exit = await Run(output, "recap", Path.Combine(Fixtures, "fractions-lesson.vtt"), "--curriculum", Path.Combine(Fixtures, "fractions-plan.csv"),
            "--summariser", "semantic-kernel-summariser",
            "--Addin:Providers:Settings:semantic-kernel-summariser:endpoint", new Uri(chat.BaseUrl, "v1").AbsoluteUri,
            "--Addin:Providers:Settings:semantic-kernel-summariser:apiKey", "sk-cli-test",
            "--Addin:Providers:Settings:semantic-kernel-summariser:maxInputTokensPerChunk", "8000");

        Assert.True(exit == 0, output.ToString());
        var recap = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("adding-fractions", recap.GetProperty("topics")[0].GetProperty("curriculumTopicId").GetString());
        Assert.Equal(["Priya Shah"], recap.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("student").GetString()));
        var run = recap.GetProperty("run");
        Assert.Equal(("semantic-kernel-summariser", FakeOpenAiChat.Model, "sk-recap-1"), (run.GetProperty("summariserId").GetString(), run.GetProperty("model").GetString(), run.GetProperty("promptVersion").GetString()));
        Assert.Equal(Assert.Single(chat.ReportedUsage).Prompt, run.GetProperty("inputTokens").GetInt32());
        Assert.Equal("Bearer sk-cli-test", Assert.Single(chat.Chats).Raw.Authorization);
        Assert.DoesNotContain("sk-cli-test", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recap_SummariserFails_ExitsOneWithItsMessage()
    {
        using var chat = new FakeOpenAiChat(_ => "");
        chat.AnswerNext(FakeOpenAiServer.InvalidKey());
        using var output = new StringWriter();

        int exit = await Run(output, "recap", Path.Combine(Fixtures, "fractions-lesson.vtt"), "--summariser", "semantic-kernel-summariser",
            "--Addin:Providers:Settings:semantic-kernel-summariser:endpoint", new Uri(chat.BaseUrl, "v1").AbsoluteUri);

        Assert.Equal(1, exit);
        Assert.StartsWith("addin recap: no recap from summariser 'semantic-kernel-summariser': The chat endpoint ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Addin__Providers__Settings__semantic-kernel-summariser__apiKey", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.vtt", "", "addin recap: the transcript ", "missing.vtt does not exist.")]
    [InlineData("bad.vtt", "1\n00:00:01.000 --> 00:00:02.000\nHello\n", "addin recap: ", "bad.vtt: line 1: the file does not start with 'WEBVTT'; it is not a WebVTT file.")]
    [InlineData("empty.vtt", "WEBVTT\n\nNOTE nothing said\n", "addin recap: ", "empty.vtt: the transcript has no speech to summarise.")]
    [InlineData("bad.json", "{ \"segments\": [ { \"start\": \"soon\" } ] }", "addin recap: ", "bad.json: not a JSON transcript at $.segments[0].start")]
    [InlineData("backwards.json", "{ \"segments\": [ { \"start\": \"00:00:05\", \"end\": \"00:00:01\", \"text\": \"Hi\" } ] }", "addin recap: ", "backwards.json: segments[0] ends (00:00:01) before it starts (00:00:05).")]
    [InlineData("notes.txt", "hello", "addin recap: ", "notes.txt: '.txt' files are not transcripts; give a WebVTT (.vtt) or JSON (.json) transcript.")]
    public async Task Recap_OfABadTranscript_ExitsOneSayingWhatIsWrong(string name, string content, string prefix, string expected)
    {
        string path = folder.Combine(name);
        if (content.Length > 0)
        {
            await File.WriteAllTextAsync(path, content);
        }

        using var output = new StringWriter();

        int exit = await Run(output, "recap", path);

        Assert.Equal(1, exit);
        Assert.StartsWith(prefix, output.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("{", output.ToString()[..Math.Min(20, output.ToString().Length)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recap_WithABadPlanOrAnUnknownSummariser_ExitsOneNamingIt()
    {
        string plan = folder.Combine("plan.csv");
        await File.WriteAllTextAsync(plan, "topic,keywords,planned_minutes\nFractions,denominator,ten\n");
        string vtt = Path.Combine(Fixtures, "fractions-lesson.vtt");
        using var output = new StringWriter();

        int badPlan = await Run(output, "recap", vtt, "--curriculum", plan);
        int missingPlan = await Run(output, "recap", vtt, "--curriculum", folder.Combine("nope.csv"));
        int unknown = await Run(output, "recap", vtt, "--summariser", "gpt-7");

        string text = output.ToString();
        Assert.Equal((1, 1, 1), (badPlan, missingPlan, unknown));
        Assert.Contains("plan.csv: line 2: planned_minutes 'ten' is not a number of minutes", text, StringComparison.Ordinal);
        Assert.Contains("the curriculum plan ", text, StringComparison.Ordinal);
        Assert.Contains("nope.csv does not exist.", text, StringComparison.Ordinal);
        Assert.Contains("no loaded plugin provides the summariser 'gpt-7'", text, StringComparison.Ordinal);
        Assert.Contains("Summarisers: local-summariser, semantic-kernel-summariser.", text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Quotes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "quote" ? [p.Value.GetString()!] : Quotes(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Quotes),
        _ => [],
    };

    private static void CopyPlugin(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private Task<int> Run(TextWriter output, params string[] args) => RunWithPlugins(output, RepoPaths.Plugins, args);

    private Task<int> RunWithPlugins(TextWriter output, string plugins, params string[] args) =>
        CliApp.RunAsync([.. args, "--Addin:DataDirectory", folder.Combine("data"), "--Addin:Plugins:Directory", plugins], output);
}
