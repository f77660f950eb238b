using System.Globalization;
using System.Text.Json.Nodes;
using Addin.Core.Recaps;
using Addin.Sdk.Captions;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Plugins.SemanticKernelSummariser.Tests;

/// <summary>The summariser as the host creates it (factory, settings JSON, real HttpClient, real Semantic Kernel) against a <see cref="FakeOpenAiChat"/>.</summary>
internal sealed class SummariserHarness : IDisposable
{
    public const string ProviderId = "semantic-kernel-summariser";
    private readonly TempDirectory data = new();
    private readonly HttpClient http = new();

    /// <param name="endpointAtRoot">True to configure the server's root as the endpoint (Azure's resource URL) instead of its /v1.</param>
    public SummariserHarness(Func<ChatRequest, string>? reply = null, JsonObject? settings = null, bool endpointAtRoot = false)
    {
        Server = new FakeOpenAiChat(reply ?? QuotingModel.Recap);
        var json = new JsonObject { ["endpoint"] = (endpointAtRoot ? Server.BaseUrl : new Uri(Server.BaseUrl, "v1")).AbsoluteUri, ["apiKey"] = "sk-test-key", ["model"] = "gpt-4o-mini" };
        foreach (var (name, value) in settings ?? [])
        {
            json[name] = value?.DeepClone();
        }

        Summariser = new SemanticKernelSummariserFactory().Create(TestProviderContext.Create(ProviderId, data.Path, json.ToJsonString(), Time, () => http));
    }

    public FakeOpenAiChat Server { get; }

    public CountingTime Time { get; } = new(new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T10:00:00Z", CultureInfo.InvariantCulture)));

    public ISummariser Summariser { get; }

    /// <summary>A real lesson: a teacher and two students on adding fractions, then percentages.</summary>
    public static Transcript Lesson { get; } = new()
    {
        Segments = WebVttParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "recap", "fractions-lesson.vtt"))).Segments,
        EngineId = "source-transcript",
    };

    public static IReadOnlyList<CurriculumTopic> LessonPlan { get; } =
        CurriculumPlanCsv.Read(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "recap", "fractions-plan.csv"))));

    public static TimeSpan Duration(Transcript transcript) => transcript.Segments.Max(s => s.End);

    public Task<Recap> SummariseAsync(Transcript transcript, IReadOnlyList<CurriculumTopic>? plan = null, CancellationToken cancellationToken = default) =>
        Summariser.SummariseAsync(
            new SummaryRequest
            {
                Transcript = transcript,
                Duration = Duration(transcript),
                CourseTitle = "Year 7 maths",
                SessionTitle = "Fractions",
                Curriculum = plan ?? [],
                InstructorSpeakers = ["Ms Lee"],
            },
            new Progress<double>(),
            cancellationToken);

    public void Dispose()
    {
        Server.Dispose();
        http.Dispose();
        data.Dispose();
    }
}
