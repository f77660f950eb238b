using Addin.Sdk.Plugins;
using Addin.Testing;

namespace Addin.Plugins.OpenAiTranscription.Tests;

/// <summary>Settings that cannot work are refused when the engine is created, naming the setting and the fix.</summary>
public sealed class OpenAiTranscriptionFactoryTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        http.Dispose();
        data.Dispose();
    }

    [Theory]
    [InlineData("""{"baseUrl":"https://api.openai.com/v1/"}""", "/apiKey", "Addin__Providers__Settings__openai-transcription__apiKey")]
    [InlineData("""{"baseUrl":"https://school.openai.azure.com/openai/v1/","apiKey":" "}""", "/apiKey", "needs one")]
    [InlineData("""{"baseUrl":"http://127.0.0.1:8000/v1"}""", "/baseUrl", "ending with '/'")]
    [InlineData("""{"baseUrl":"file:///etc/"}""", "/baseUrl", "http(s)")]
    [InlineData("""{"baseUrl":"http://127.0.0.1:8000/v1/","apiKeyHeader":"X-Key"}""", "/apiKeyHeader", "api-key")]
    [InlineData("""{"baseUrl":"http://127.0.0.1:8000/v1/","maxChunkDuration":"00:00:05"}""", "/maxChunkDuration", "at least 10 seconds")]
    [InlineData("""{"baseUrl":"http://127.0.0.1:8000/v1/","maxChunkDuration":"00:00:20","overlap":"00:00:06"}""", "/overlap", "a quarter")]
    [InlineData("""{"baseUrl":"http://127.0.0.1:8000/v1/","maxAttempts":0}""", "/maxAttempts", "positive")]
    public void Create_BadSettings_ThrowsNamingTheSetting(string settings, string setting, string fix)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() =>
            new OpenAiTranscriptionFactory().Create(TestProviderContext.Create("openai-transcription", data.Path, settings, null, () => http)));

        Assert.Equal(setting, ex.Setting);
        Assert.Contains(fix, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LocalServerWithoutKey_Works()
    {
        var engine = new OpenAiTranscriptionFactory().Create(
            TestProviderContext.Create("openai-transcription", data.Path, """{"baseUrl":"http://127.0.0.1:8000/v1/"}""", null, () => http));

        Assert.True(engine.CanTranscribe(new() { AudioPath = "speech.wav", Duration = TimeSpan.FromSeconds(1) }));
        Assert.False(engine.CanTranscribe(new() { Duration = TimeSpan.FromSeconds(1) }));
    }
}
