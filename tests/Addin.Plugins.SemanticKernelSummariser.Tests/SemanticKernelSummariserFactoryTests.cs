using Addin.Sdk.Plugins;
using Addin.Testing;

namespace Addin.Plugins.SemanticKernelSummariser.Tests;

/// <summary>Settings that cannot work are refused when the summariser is created, naming the setting and the fix.</summary>
public sealed class SemanticKernelSummariserFactoryTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        http.Dispose();
        data.Dispose();
    }

    [Theory]
    [InlineData("""{"endpoint":"https://api.openai.com/v1"}""", "/apiKey", "Addin__Providers__Settings__semantic-kernel-summariser__apiKey")]
    [InlineData("""{"kind":"azure","endpoint":"https://school.openai.azure.com/","apiKey":" "}""", "/apiKey", "needs one")]
    [InlineData("""{"kind":"bedrock","endpoint":"http://127.0.0.1:11434/v1"}""", "/kind", "\"openai\"")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434"}""", "/endpoint", "must end with /v1")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/api"}""", "/endpoint", "(Ollama)")]
    [InlineData("""{"endpoint":"ftp://127.0.0.1/v1"}""", "/endpoint", "http(s)")]
    [InlineData("""{"endpoint":"not a url"}""", "/endpoint", "")]
    [InlineData("""{"kind":"azure","endpoint":"https://school.openai.azure.com/openai/deployments/gpt4o","apiKey":"k"}""", "/endpoint", "deployment URLs")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","model":" "}""", "/model", "deployment")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","maxInputTokensPerChunk":200}""", "/maxInputTokensPerChunk", "at least 1000")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","temperature":3}""", "/temperature", "between 0 and 2")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","requestTimeout":"00:00:00"}""", "/requestTimeout", "positive")]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","maxAttempts":0}""", "/maxAttempts", "positive")]
    public void Create_BadSettings_ThrowsNamingTheSetting(string settings, string setting, string fix)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => Create(settings));

        Assert.Equal(setting, ex.Setting);
        Assert.Contains(fix, ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"endpoint":"http://127.0.0.1:11434/v1","model":"llama3.1"}""")]
    [InlineData("""{"endpoint":"http://127.0.0.1:8000/v1/","model":"Qwen/Qwen2.5-7B-Instruct"}""")]
    [InlineData("""{"kind":"azure","endpoint":"https://school.openai.azure.com/openai/v1/","apiKey":"k","model":"recaps"}""")]
    public void Create_LocalServerWithoutKeyOrAzureWithKey_Works(string settings) => Assert.NotNull(Create(settings));

    [Fact]
    public async Task Summarise_PlanTooLargeForTheChunk_ThrowsNamingTheSetting()
    {
        var summariser = Create("""{"endpoint":"http://127.0.0.1:9/v1","maxInputTokensPerChunk":1000}""");
        var plan = Enumerable.Range(1, 40).Select(i => new Sdk.Summaries.CurriculumTopic { Id = $"topic-{i}", Title = $"A long curriculum topic title number {i}", Keywords = ["one keyword", "another keyword"] }).ToList();

        var ex = await Assert.ThrowsAsync<ProviderSettingsException>(() => summariser.SummariseAsync(
            new() { Transcript = SummariserHarness.Lesson, Duration = TimeSpan.FromMinutes(5), CourseTitle = "", SessionTitle = "", Curriculum = plan },
            new Progress<double>(), CancellationToken.None));

        Assert.Equal("/maxInputTokensPerChunk", ex.Setting);
        Assert.Contains("this course's curriculum plan already take", ex.Problem, StringComparison.Ordinal);
    }

    private Sdk.Summaries.ISummariser Create(string settings) =>
        new SemanticKernelSummariserFactory().Create(TestProviderContext.Create(SummariserHarness.ProviderId, data.Path, settings, null, () => http));
}
