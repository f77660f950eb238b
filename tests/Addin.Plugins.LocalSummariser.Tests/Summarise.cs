using Addin.Core.Recaps;
using Addin.Sdk.Captions;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Plugins.LocalSummariser.Tests;

/// <summary>Runs the summariser as the host creates it, and the host's evidence check on what it drafts.</summary>
internal static class Summarise
{
    public static async Task<CheckedRecap> CheckedAsync(Transcript transcript, IReadOnlyList<CurriculumTopic>? plan = null)
    {
        var recap = await RecapAsync(transcript, plan);
        return new RecapEvidenceChecker(NullLogger<RecapEvidenceChecker>.Instance).Check(recap, transcript, Duration(transcript));
    }

    public static Task<Recap> RecapAsync(Transcript transcript, IReadOnlyList<CurriculumTopic>? plan = null)
    {
        var summariser = new LocalSummariserFactory().Create(TestProviderContext.Create("local-summariser", Path.GetTempPath()));
        return summariser.SummariseAsync(
            new SummaryRequest { Transcript = transcript, Duration = Duration(transcript), CourseTitle = "Maths", SessionTitle = "Tutoring", Curriculum = plan ?? [] },
            new Progress<double>(),
            CancellationToken.None);
    }

    public static Transcript Vtt(string file) => new()
    {
        Segments = WebVttParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file))).Segments,
        EngineId = "source-transcript",
    };

    public static IReadOnlyList<CurriculumTopic> Plan(string file) => CurriculumPlanCsv.Read(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file))));

    private static TimeSpan Duration(Transcript transcript) => transcript.Segments.Max(s => s.End);
}
