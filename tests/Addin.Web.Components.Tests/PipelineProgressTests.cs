using Addin.Core.Recordings;
using Addin.Web.Components.Shared;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class PipelineProgressTests : BunitContext
{
    private IRenderedComponent<PipelineProgress> RenderProgress(PipelineStage stage, RecordingStatus status, int progress = 40, string? error = null) =>
        Render<PipelineProgress>(p => p
            .Add(c => c.RecordingId, 42)
            .Add(c => c.Stage, stage)
            .Add(c => c.Status, status)
            .Add(c => c.Progress, progress)
            .Add(c => c.Error, error));

    private static string[] StageClasses(IRenderedComponent<PipelineProgress> cut) =>
        cut.FindAll(".stages li").Select(li => li.ClassName ?? "").ToArray();

    [Theory]
    [InlineData(RecordingStatus.Queued, "done,done,current,todo,todo,todo,todo,todo")]
    [InlineData(RecordingStatus.Processing, "done,done,current,todo,todo,todo,todo,todo")]
    [InlineData(RecordingStatus.Retrying, "done,done,current,todo,todo,todo,todo,todo")]
    [InlineData(RecordingStatus.Failed, "done,done,failed,todo,todo,todo,todo,todo")]
    [InlineData(RecordingStatus.Duplicate, "done,done,failed,todo,todo,todo,todo,todo")]
    public void Stages_AtProbe_AreMarkedByStatus(RecordingStatus status, string expected)
    {
        var cut = RenderProgress(PipelineStage.Probe, status);

        Assert.Equal(expected.Split(','), StageClasses(cut));
        Assert.Equal(["Ingest", "Store", "Probe", "Transcript", "Translations", "Renditions", "Recap", "Ready"], cut.FindAll(".stages li").Select(li => li.TextContent));
        Assert.Equal(["Ingest", "Store", "Probe", "Transcript", "Translations", "Renditions", "Recap", "Ready"], cut.FindAll(".stages li").Select(li => li.GetAttribute("data-stage")));
    }

    [Fact]
    public void Stages_AtTranslations_ComeAfterTranscriptAndBeforeRenditions()
    {
        var cut = RenderProgress(PipelineStage.Translations, RecordingStatus.Processing);

        Assert.Equal(["done", "done", "done", "done", "current", "todo", "todo", "todo"], StageClasses(cut));
        Assert.Equal("Translations…", cut.Find("[data-field=stage]").TextContent);
    }

    [Fact]
    public void Stages_AtRenditions_ComeAfterTranscriptAndBeforeReady()
    {
        var cut = RenderProgress(PipelineStage.Renditions, RecordingStatus.Processing);

        Assert.Equal(["done", "done", "done", "done", "done", "current", "todo", "todo"], StageClasses(cut));
        Assert.Equal("Renditions…", cut.Find("[data-field=stage]").TextContent);
    }

    [Fact]
    public void Stages_AtRecap_ComeAfterRenditionsAndBeforeReady()
    {
        var cut = RenderProgress(PipelineStage.Recap, RecordingStatus.Processing);

        Assert.Equal(["done", "done", "done", "done", "done", "done", "current", "todo"], StageClasses(cut));
        Assert.Equal("Recap…", cut.Find("[data-field=stage]").TextContent);
    }

    [Fact]
    public void Stages_WhenReady_AreAllDone()
    {
        var cut = RenderProgress(PipelineStage.Ready, RecordingStatus.Ready, progress: 100);

        Assert.All(StageClasses(cut), c => Assert.Equal("done", c));
        Assert.Equal("Ready", cut.Find("[data-field=stage]").TextContent);
    }

    [Fact]
    public void Stages_FirstStageQueued_NothingDoneYet()
    {
        var cut = RenderProgress(PipelineStage.Ingest, RecordingStatus.Queued, progress: 0);

        Assert.Equal(["current", "todo", "todo", "todo", "todo", "todo", "todo", "todo"], StageClasses(cut));
        Assert.Equal("Waiting: Ingest", cut.Find("[data-field=stage]").TextContent);
    }

    [Theory]
    [InlineData(RecordingStatus.Queued)]
    [InlineData(RecordingStatus.Processing)]
    [InlineData(RecordingStatus.Retrying)]
    public void WhileProcessing_ShowsPercentAndLiveStatusUrl(RecordingStatus status)
    {
        var cut = RenderProgress(PipelineStage.Transcript, status, progress: 65);

        Assert.Equal("65 %", cut.Find("[data-field=percent]").TextContent);
        Assert.Equal("65", cut.Find("progress[data-field=progress]").GetAttribute("value"));
        Assert.Equal("/api/recordings/42/status", cut.Find(".pipeline").GetAttribute("data-status-url"));
        Assert.Equal("42", cut.Find(".pipeline").GetAttribute("data-recording-id"));
    }

    [Theory]
    [InlineData(RecordingStatus.Ready)]
    [InlineData(RecordingStatus.Failed)]
    [InlineData(RecordingStatus.Duplicate)]
    public void WhenFinished_NoPercentAndNoLiveStatusUrl(RecordingStatus status)
    {
        var cut = RenderProgress(status == RecordingStatus.Ready ? PipelineStage.Ready : PipelineStage.Store, status, progress: 65);

        Assert.Empty(cut.FindAll("[data-field=percent]"));
        Assert.Empty(cut.FindAll("progress"));
        Assert.False(cut.Find(".pipeline").HasAttribute("data-status-url"));
        Assert.DoesNotContain("65", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_ShowsTheErrorAndWhereItStopped()
    {
        var cut = RenderProgress(PipelineStage.Probe, RecordingStatus.Failed, error: "ffprobe found no audio or video stream: the file is not a recording.");

        Assert.Equal("Failed at Probe", cut.Find("[data-field=stage]").TextContent);
        Assert.Equal("ffprobe found no audio or video stream: the file is not a recording.", cut.Find("[data-testid=recording-error]").TextContent);
        Assert.Equal("Failed", cut.Find(".pipeline").GetAttribute("data-status"));
    }

    [Fact]
    public void Retrying_ShowsTheLastErrorWhileStillLive()
    {
        var cut = RenderProgress(PipelineStage.Store, RecordingStatus.Retrying, error: "The media store answered 503.");

        Assert.Equal("Store failed; retrying", cut.Find("[data-field=stage]").TextContent);
        Assert.Equal("The media store answered 503.", cut.Find(".error").TextContent);
        Assert.NotNull(cut.Find(".pipeline").GetAttribute("data-status-url"));
    }

    [Fact]
    public void NoError_NoErrorElement()
    {
        var cut = RenderProgress(PipelineStage.Probe, RecordingStatus.Processing);

        Assert.Empty(cut.FindAll(".error"));
        Assert.Equal("Probe…", cut.Find("[data-field=stage]").TextContent);
    }

    [Fact]
    public void Error_IsEncoded()
    {
        var cut = RenderProgress(PipelineStage.Probe, RecordingStatus.Failed, error: "<img src=x onerror=alert(1)>");

        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", cut.Markup, StringComparison.Ordinal);
    }
}
