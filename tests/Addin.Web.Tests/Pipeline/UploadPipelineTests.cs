using Addin.Core.Recordings;
using Addin.Data;
using Addin.Testing;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// An instructor uploads a generated recording with its transcript; it goes through every stage and plays on its page
/// with captions and the transcript, over real HTTP with real ffmpeg, on SQLite and on PostgreSQL.
/// </summary>
public sealed class UploadPipelineTests(PipelineAppFixture apps) : IClassFixture<PipelineAppFixture>
{
    private static readonly PipelineStage[] EveryStage =
        [PipelineStage.Ingest, PipelineStage.Store, PipelineStage.Probe, PipelineStage.Transcript, PipelineStage.Renditions, PipelineStage.Recap, PipelineStage.Ready];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UploadMp4WithVtt_GoesThroughEveryStageToReady_AndPlaysWithCaptionsAndTranscript(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "factoring.mp4");

        var uploaded = await app.UploadAsync(new UploadForm
        {
            MediaPath = media,
            Title = "Factoring quadratics",
            TranscriptName = "factoring.vtt",
            TranscriptText = app.Clips.Vtt,
        });
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);

        Assert.Equal(new RecordingStatusView(uploaded.RecordingId, "Ready", "Ready", 100, null), status);
        Assert.Contains($"/app/recording/{uploaded.RecordingId}?t=", uploaded.Url, StringComparison.Ordinal);
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.Equal(("Factoring quadratics", "factoring.mp4"), (recording.Title, recording.OriginalFileName));
        Assert.Equal(EveryStage, recording.Events.Select(e => e.Stage).Distinct());
        Assert.DoesNotContain(recording.Events, e => e.Severity != EventSeverity.Info);
        await PlayerAssert.PlaysAsync(app, uploaded.RecordingId);
    }

    [Fact]
    public async Task UploadWebmWithVtt_GoesThroughEveryStageToReady_AndPlaysWithCaptionsAndTranscript()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.WebM, "factoring.webm");

        var uploaded = await app.UploadAsync(new UploadForm
        {
            MediaPath = media,
            ContentType = "video/webm",
            Title = "Factoring quadratics (WebM)",
            TranscriptName = "factoring.vtt",
            TranscriptText = app.Clips.Vtt,
        });
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);

        Assert.Equal(new RecordingStatusView(uploaded.RecordingId, "Ready", "Ready", 100, null), status);
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.Equal(EveryStage, recording.Events.Select(e => e.Stage).Distinct());
        Assert.Equal(("vp8", "opus"), (recording.VideoCodec, recording.AudioCodec));
        await PlayerAssert.PlaysAsync(app, uploaded.RecordingId);
    }
}
