using System.Net;
using System.Text.RegularExpressions;
using Addin.Core.Recordings;
using Addin.Sdk.Captions;
using Addin.Testing;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Transcripts that come with a recording are input like any other: broken cues cost those cues (with a warning
/// naming their lines), a file that is not WebVTT costs the transcript (with a warning), and no text in them ever
/// becomes markup on the page or in the captions.
/// </summary>
public sealed partial class TranscriptInputTests(PipelineAppFixture apps) : IClassFixture<PipelineAppFixture>
{
    // Line 8 has a broken timestamp; line 12 ends before it starts.
    private const string BrokenCues = """
        WEBVTT

        1
        00:00:00.500 --> 00:00:02.000
        <v Ana Rivera>Today we factor quadratics.

        2
        00:00:0x.000 --> 00:00:03.000
        <v Sam Lee>This cue has a broken timestamp.

        3
        00:00:05.000 --> 00:00:04.000
        <v Sam Lee>This cue ends before it starts.

        4
        00:00:03.000 --> 00:00:04.000
        <v Ana Rivera>Exactly right.

        """;

    private const string HostileCues = """
        WEBVTT

        00:00:00.500 --> 00:00:01.500
        <v Eve &lt;img src=x onerror=alert(1)&gt;>&lt;script&gt;alert(1)&lt;/script&gt; and Tom &amp; Jerry

        00:00:01.500 --> 00:00:02.500
        <v Mallory><script>alert(2)</script><img src=x onerror=alert(3)>raw tags

        00:00:02.500 --> 00:00:03.500
        <v Ana Rivera>&amp;amp; stays &amp;lt;b&amp;gt; as text

        """;

    [Fact]
    public async Task VttWithBrokenCues_IsReady_WithAWarningNamingEachBrokenLine()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "broken-cues.mp4");

        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, TranscriptName = "broken-cues.vtt", TranscriptText = BrokenCues });
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);

        Assert.Equal(("Ready", 100, (string?)null), (status.Status, status.Progress, status.Error));
        var page = await app.PageAsync(uploaded.RecordingId);
        Assert.Equal([("Ana Rivera", "Today we factor quadratics."), ("Ana Rivera", "Exactly right.")], page.Transcript);
        Assert.Contains(page.Events, e => e.Contains("line 8", StringComparison.Ordinal) && e.Contains("'00:00:0x.000' is not a timestamp", StringComparison.Ordinal));
        Assert.Contains(page.Events, e => e.Contains("line 12", StringComparison.Ordinal) && e.Contains("ends (00:00:04.000) before it starts (00:00:05.000)", StringComparison.Ordinal));
        var warnings = (await app.RecordingAsync(uploaded.RecordingId)).Events.Where(e => e.Severity == EventSeverity.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(PipelineStage.Transcript, w.Stage));
        Assert.NotNull(page.CaptionsUrl);
    }

    [Fact]
    public async Task TranscriptThatIsNotVtt_IsReadyWithoutTranscript_AndWarns()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "not-vtt.mp4");

        var uploaded = await app.UploadAsync(new UploadForm
        {
            MediaPath = media,
            TranscriptName = "notes.vtt",
            TranscriptText = "Ana: Today we factor quadratics.\nSam: Two and three?\n",
        });
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);

        Assert.Equal(("Ready", (string?)null), (status.Status, status.Error));
        var page = await app.PageAsync(uploaded.RecordingId);
        Assert.Empty(page.Transcript);
        Assert.Contains("No transcript for this recording.", page.Html, StringComparison.Ordinal);
        Assert.Null(page.CaptionsUrl);
        Assert.Contains(page.Events, e => e.StartsWith("No transcript:", StringComparison.Ordinal) && e.Contains("not a WebVTT file", StringComparison.Ordinal));
        Assert.NotNull(page.MediaUrl);
        await PlayerAssert.ServesMediaAsync(app.Http, page.MediaUrl!, await app.PlayerBytesAsync(uploaded.RecordingId), "video/mp4");
    }

    [Fact]
    public async Task HostileTranscriptText_IsOnlyEverShownEscaped_OnThePageAndInTheCaptions()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "hostile.mp4");
        (string? Speaker, string Text)[] expected =
        [
            ("Eve <img src=x onerror=alert(1)>", "<script>alert(1)</script> and Tom & Jerry"),
            ("Mallory", "alert(2)raw tags"),
            ("Ana Rivera", "&amp; stays &lt;b&gt; as text"),
        ];

        var uploaded = await app.UploadAsync(new UploadForm
        {
            MediaPath = media,
            Title = "<script>alert('title')</script>",
            TranscriptName = "hostile.vtt",
            TranscriptText = HostileCues,
        });
        Assert.Equal("Ready", (await app.WaitUntilDoneAsync(uploaded.RecordingId)).Status);

        var page = await app.PageAsync(uploaded.RecordingId);
        Assert.Equal(expected, page.Transcript);
        Assert.DoesNotContain("<img", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ScriptTag().Count(page.Html), OwnScriptTag().Count(page.Html));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; and Tom &amp; Jerry", page.TranscriptHtml, StringComparison.Ordinal);
        Assert.Contains("&amp;amp; stays &amp;lt;b&amp;gt; as text", page.TranscriptHtml, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;", page.Html, StringComparison.Ordinal);

        using var captions = await app.Http.GetAsync(page.CaptionsUrl);
        Assert.Equal(HttpStatusCode.OK, captions.StatusCode);
        string vtt = await captions.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", vtt, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", vtt, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<v Eve &lt;img src=x onerror=alert(1)&gt;>&lt;script&gt;alert(1)&lt;/script&gt; and Tom &amp; Jerry", vtt, StringComparison.Ordinal);
        Assert.Equal(expected, WebVttParser.Parse(vtt).Segments.Select(s => (s.Speaker, s.Text)));
    }

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""<script src="/js/[a-z-]+\.js" defer></script>""")]
    private static partial Regex OwnScriptTag();
}
