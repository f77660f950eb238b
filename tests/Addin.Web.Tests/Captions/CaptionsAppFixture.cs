using Addin.Testing;
using Addin.Web.Tests.Pipeline;

namespace Addin.Web.Tests.Captions;

/// <summary>
/// Addin with captions translated by the openai-translation plugin and speech transcribed by the openai-transcription
/// plugin (when no transcript comes with a recording), both against OpenAI-compatible servers on 127.0.0.1.
/// </summary>
public sealed class CaptionsAppFixture : PipelineAppFixture
{
    public FakeOpenAiChat Chat { get; } = new(TranslatingModel.Answer);

    /// <summary>Real recorded speech, as the transcription server hears it.</summary>
    public SpokenTimeline Timeline { get; } = SpokenTimeline.Build(TimeSpan.FromSeconds(1), "goforward.wav");

    public FakeOpenAiTranscription Speech { get; }

    public CaptionsAppFixture() => Speech = new FakeOpenAiTranscription(Timeline);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Addin:Providers:TranscriptionEngine:0"] = "source-transcript",
        ["Addin:Providers:TranscriptionEngine:1"] = "openai-transcription",
        ["Addin:Providers:Settings:openai-transcription:baseUrl"] = Speech.ApiBaseUrl.AbsoluteUri,
        ["Addin:Providers:Translator:0"] = "openai-translation",
        ["Addin:Providers:Settings:openai-translation:endpoint"] = Chat.ApiBaseUrl.AbsoluteUri,
        ["Addin:Providers:Settings:openai-translation:maxAttempts"] = "1",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Chat.Dispose();
        Speech.Dispose();
    }
}
