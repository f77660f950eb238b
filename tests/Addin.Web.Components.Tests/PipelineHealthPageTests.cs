using Addin.Core.Alerts;
using Addin.Core.Recordings;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class PipelineHealthPageTests : BunitContext
{
    private const string Hostile = "<b>Bold</b> & <script>alert(1)</script>";
    private static readonly PageViewer Reviewer = new("Pat Morgan", "Reviewer", Models.Token, IsReviewer: true);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 16, 20, 0, TimeSpan.Zero);

    [Fact]
    public void ShowsTheCountsOfEveryStage()
    {
        var cut = RenderPage();

        var probe = cut.Find("tr[data-stage='Probe']");
        Assert.Equal(("1", "2", "3", "0"), (probe.QuerySelector("[data-col=waiting]")!.TextContent, probe.QuerySelector("[data-col=running]")!.TextContent,
            probe.QuerySelector("[data-col=failed]")!.TextContent, probe.QuerySelector("[data-col=ready]")!.TextContent));
        Assert.Equal("9", cut.Find("tr[data-stage='Ready'] [data-col=ready]").TextContent);
        Assert.Equal(PipelineOrder.Stages.Select(s => s.ToString()), cut.FindAll("[data-testid=stages] tbody tr").Select(r => r.GetAttribute("data-stage")));
    }

    [Fact]
    public void ListsEachFailureWithItsReason_AndARetryButtonThatPostsWithTheSession()
    {
        var cut = RenderPage();

        var row = cut.Find("[data-testid=failures] tr[data-recording='41']");
        Assert.Contains("ffprobe could not read the file", row.TextContent, StringComparison.Ordinal);
        var form = row.QuerySelector("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal($"/app/admin/pipeline/retry/41?t={Models.EscapedToken}", form.GetAttribute("action"));
        Assert.Equal("Retry", row.QuerySelector("button[data-testid='retry-41']")!.TextContent);
    }

    [Fact]
    public void EscapesHostileTitlesReasonsAndSubjects()
    {
        var cut = RenderPage();

        Assert.Empty(cut.FindAll("b"));
        Assert.DoesNotContain(cut.FindAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsTheOldestWaitingRecordingAndItsAge()
    {
        var cut = RenderPage();

        string text = cut.Find("[data-testid=oldest-waiting]").TextContent;
        Assert.Contains("Oldest waiting:", text, StringComparison.Ordinal);
        Assert.Contains("at Store, queued 3 hours ago.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawsThroughputAsOneBarPerHour_TallestForTheBusiestHour()
    {
        var cut = RenderPage();

        var bars = cut.FindAll("[data-testid=throughput] svg rect.bar");
        Assert.Equal(24, bars.Count);
        Assert.Equal("5", bars[^1].GetAttribute("data-count"));
        Assert.Equal("56", bars[^1].GetAttribute("height"));
        Assert.Equal("0", bars[0].GetAttribute("height"));
        Assert.Contains("7 in all, at most 5 in an hour", cut.Find("[data-testid=throughput] figcaption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsRecentAlertsWithWhoWasToldAndWhetherItWentOut()
    {
        var cut = RenderPage();

        var rows = cut.FindAll("[data-testid=alerts] tbody tr");
        Assert.Equal(["Sent", "Failed"], rows.Select(r => r.GetAttribute("data-status")));
        Assert.Contains("ops@example.edu", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("SMTP server refused", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingFailedOrWaiting_SaysSo()
    {
        var empty = new PipelineHealthModel(Reviewer, [], [], null, [], [], Now);

        var cut = Render<PipelineHealthPage>(p => p.Add(c => c.Model, empty));

        Assert.Contains("No recording has failed.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Nothing is waiting.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("No alerts yet.", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<PipelineHealthPage> RenderPage() => Render<PipelineHealthPage>(p => p.Add(c => c.Model, Model()));

    private static PipelineHealthModel Model()
    {
        var firstHour = new DateTimeOffset(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);
        var hours = Enumerable.Range(0, 24).Select(i => new HourlyCount(firstHour.AddHours(i), i switch { 20 => 2, 23 => 5, _ => 0 })).ToList();
        return new PipelineHealthModel(
            Reviewer,
            [
                new StageCounts(PipelineStage.Ingest, 0, 0, 0, 0),
                new StageCounts(PipelineStage.Store, 1, 0, 0, 0),
                new StageCounts(PipelineStage.Probe, 1, 2, 3, 0),
                new StageCounts(PipelineStage.Transcript, 0, 1, 0, 0),
                new StageCounts(PipelineStage.Translations, 0, 0, 0, 0),
                new StageCounts(PipelineStage.Renditions, 0, 0, 0, 0),
                new StageCounts(PipelineStage.Recap, 0, 0, 0, 0),
                new StageCounts(PipelineStage.Ready, 0, 0, 0, 9),
            ],
            [new PipelineFailure(41, Hostile, "Algebra 1", PipelineStage.Probe, $"ffprobe could not read the file: {Hostile}", 1, Now.AddMinutes(-30))],
            new WaitingRecording(40, "Tuesday lecture", PipelineStage.Store, Now.AddHours(-3)),
            hours,
            [
                new AlertRow(41, null, AlertKind.RecordingFailed, AlertAudience.Operations, "smtp", "ops@example.edu", $"Addin: recording 41 failed at Probe {Hostile}", AlertStatus.Sent, null, Now.AddMinutes(-29)),
                new AlertRow(41, null, AlertKind.RecordingFailed, AlertAudience.Instructors, "smtp", "ana.rivera@example.edu", "Your recording could not be processed", AlertStatus.Failed, "The SMTP server refused the message for now", Now.AddMinutes(-29)),
            ],
            Now);
    }
}
