using Addin.Core.Briefs;

namespace Addin.Core.Tests.Briefs;

/// <summary>Brief models with sensible defaults, and Addin's own templates as copied beside the tests.</summary>
internal static class BriefSamples
{
    public static string Template(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", name + ".liquid"));

    public static BriefModel Brief() => new(
        "Algebra 1", "Factoring, part 2", "Tuesday 13 October 2026, 17:00 (Europe/London)", "Ana Rivera", "Ana Rivera", IsSubstitute: false,
        [new("Alex Kim", null, [], null), new("Sam Lee", null, [], null)], HasRiskData: false, LastRecap: null, OpenGaps: [], CurriculumNext: [], WarmUpQuestions: []);

    public static BriefRecap Recap(bool isDraft) => new(
        "Factoring, part 1", "Tuesday 6 October 2026", isDraft, "We factored quadratics with positive roots.", ["Factoring quadratics"],
        "Sam asked about negative roots", [new BriefMoment("Sam is confused by signs", "1:15", BriefLinks.Moment(5, 75))]);
}
