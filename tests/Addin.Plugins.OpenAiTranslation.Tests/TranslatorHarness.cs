using System.Globalization;
using System.Text.Json.Nodes;
using Addin.Sdk.Translation;
using Addin.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Plugins.OpenAiTranslation.Tests;

/// <summary>The translator as the host creates it (factory, settings JSON, real HttpClient, real Semantic Kernel) against a <see cref="FakeOpenAiChat"/>.</summary>
internal sealed class TranslatorHarness : IDisposable
{
    public const string ProviderId = "openai-translation";
    private readonly TempDirectory data = new();
    private readonly HttpClient http = new();

    public TranslatorHarness(Func<ChatRequest, string>? reply = null, JsonObject? settings = null)
    {
        Server = new FakeOpenAiChat(reply ?? TranslatingModel.Answer);
        var json = new JsonObject { ["endpoint"] = new Uri(Server.BaseUrl, "v1").AbsoluteUri, ["apiKey"] = "sk-test-key", ["model"] = "gpt-4o-mini" };
        foreach (var (name, value) in settings ?? [])
        {
            json[name] = value?.DeepClone();
        }

        Translator = Create(json);
    }

    public FakeOpenAiChat Server { get; }

    public CountingTime Time { get; } = new(new FakeTimeProvider(DateTimeOffset.Parse("2026-12-08T10:00:00Z", CultureInfo.InvariantCulture)));

    public ITranslator Translator { get; }

    /// <summary>Caption lines of a short lesson, one with markup-like text.</summary>
    public static IReadOnlyList<string> Lesson { get; } =
    [
        "Today we factor quadratics.",
        "What is x squared minus nine?",
        "<script>alert(1)</script> is not an answer, Tom & Jerry.",
        "It is x minus three times x plus three.",
        "Exactly right.",
    ];

    public ITranslator Create(JsonObject settings) =>
        new OpenAiTranslationFactory().Create(TestProviderContext.Create(ProviderId, data.Path, settings.ToJsonString(), Time, () => http));

    public Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string>? lines = null, string to = "es") =>
        Translator.TranslateAsync(lines ?? Lesson, "en", to, CancellationToken.None);

    public void Dispose()
    {
        Server.Dispose();
        http.Dispose();
        data.Dispose();
    }
}
