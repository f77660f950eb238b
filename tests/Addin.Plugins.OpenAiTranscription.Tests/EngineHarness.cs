using System.Text.Json.Nodes;
using Addin.Sdk.Transcription;
using Addin.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Plugins.OpenAiTranscription.Tests;

/// <summary>The engine as the host creates it (factory, settings JSON, real HttpClient) against a <see cref="FakeOpenAiTranscription"/>.</summary>
internal sealed class EngineHarness : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly HttpClient http = new();

    public EngineHarness(SpokenTimeline timeline, JsonObject? settings = null)
    {
        Timeline = timeline;
        Server = new FakeOpenAiTranscription(timeline);
        var json = new JsonObject { ["baseUrl"] = Server.ApiBaseUrl.AbsoluteUri, ["apiKey"] = "sk-test-key", ["model"] = "whisper-1" };
        foreach (var (name, value) in settings ?? [])
        {
            json[name] = value?.DeepClone();
        }

        Engine = new OpenAiTranscriptionFactory().Create(TestProviderContext.Create("openai-transcription", data.Path, json.ToJsonString(), Time, () => http));
        AudioPath = timeline.WriteWav(System.IO.Path.Combine(data.Path, "speech-16k.wav"));
    }

    public SpokenTimeline Timeline { get; }

    public FakeOpenAiTranscription Server { get; }

    public CountingTime Time { get; } = new(new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));

    public ITranscriptionEngine Engine { get; }

    public string AudioPath { get; }

    public Task<Transcript> TranscribeAsync(string? language = null, params string[] vocabulary) =>
        Engine.TranscribeAsync(
            new TranscriptionRequest { AudioPath = AudioPath, Duration = Timeline.Duration, Language = language, Vocabulary = vocabulary },
            new Progress<double>(),
            CancellationToken.None);

    public void Dispose()
    {
        Server.Dispose();
        http.Dispose();
        data.Dispose();
    }
}
