using System.Net;
using Addin.Core.Recordings;
using Addin.Data;
using Addin.Sdk.Captions;
using Addin.Testing;
using Addin.Web.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Captions;

/// <summary>
/// The course's caption settings at work in the pipeline: the vocabulary reaches a speech engine as its prompt, and the
/// Translations stage stores one track per language with the source's cue timings and speakers, which the player
/// offers; a translator that fails costs only its tracks.
/// </summary>
public sealed partial class CourseCaptionsTests
{
    private const string Cues = """
        WEBVTT

        00:00:00.500 --> 00:00:01.250
        <v Ana Rivera>Today we factor quadratics.

        00:00:01.250 --> 00:00:02.125
        <v Eve &lt;img src=x&gt;>&lt;script&gt;alert(1)&lt;/script&gt; and Tom &amp; Jerry

        00:00:02.125 --> 00:00:03.500
        Exactly right.

        """;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Upload_CourseWithLanguages_GetsATrackPerLanguage_WithTheSourceTimingsAndSpeakers_OfferedByThePlayer(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        long courseId = await app.CourseIdAsync();
        using (var set = await PostAsync(app, "instructor", courseId, "caption-languages", "languages", "Spanish, fr"))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        var uploaded = await app.UploadAsync(new UploadForm
        {
            MediaPath = await app.Clips.CopyAsync(app.Clips.Mp4, "translated.mp4"),
            TranscriptName = "translated.vtt",
            TranscriptText = Cues,
        });
        Assert.Equal("Ready", (await app.WaitUntilDoneAsync(uploaded.RecordingId)).Status);

        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.Equal("es,fr", recording.CaptionTranslations);
        Assert.Contains(recording.Events, e => e.Stage == PipelineStage.Translations && e.Message == "Captions translated by openai-translation into Spanish, French.");
        var page = await app.PageAsync(uploaded.RecordingId);
        Assert.Equal([("und", "Captions"), ("es", "Spanish"), ("fr", "French")], page.CaptionTracks.Select(t => (t.Language, t.Label)));
        Assert.Contains("<select id=\"caption-language\"", page.Html, StringComparison.Ordinal);

        var source = WebVttParser.Parse(Cues).Segments;
        foreach (var (language, _, url) in page.CaptionTracks.Skip(1))
        {
            using var response = await app.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/vtt", response.Content.Headers.ContentType?.MediaType);
            string vtt = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script", vtt, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", vtt, StringComparison.OrdinalIgnoreCase);
            var translated = WebVttParser.Parse(vtt).Segments;
            Assert.Equal(source.Select(s => (s.Start, s.End, s.Speaker)), translated.Select(s => (s.Start, s.End, s.Speaker)));
            Assert.Equal(source.Select(s => $"[{language}] {s.Text}"), translated.Select(s => s.Text));
        }

        // The tracks are the recording's: someone who may not see it gets nothing from their links.
        var stranger = await app.GetPageAsync(uploaded.RecordingId, "outsider");
        Assert.Equal(HttpStatusCode.NotFound, stranger.Response.StatusCode);
    }

    [Fact]
    public async Task Upload_TranslatorFailing_IsReadyWithItsOwnCaptions_AndSaysWhichLanguageIsMissing()
    {
        var app = await apps.GetAsync();
        long courseId = await app.CourseIdAsync();
        using (await PostAsync(app, "instructor", courseId, "caption-languages", "languages", "German"))
        {
        }

        apps.Chat.AnswerNext(FakeOpenAiServer.ServerError());
        var uploaded = await app.UploadAsync(new UploadForm
        {
            MediaPath = await app.Clips.CopyAsync(app.Clips.Mp4, "untranslated.mp4"),
            TranscriptName = "untranslated.vtt",
            TranscriptText = Cues,
        });

        Assert.Equal("Ready", (await app.WaitUntilDoneAsync(uploaded.RecordingId)).Status);
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.Null(recording.CaptionTranslations);
        var warning = Assert.Single(recording.Events, e => e.Stage == PipelineStage.Translations);
        Assert.Equal(EventSeverity.Warning, warning.Severity);
        Assert.StartsWith("No German captions: openai-translation failed: The chat endpoint ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("it kept failing (HTTP 500) after 1 attempt(s)", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("The captions in the recording's own language are unaffected.", warning.Message, StringComparison.Ordinal);
        var page = await app.PageAsync(uploaded.RecordingId);
        Assert.Equal(["und"], page.CaptionTracks.Select(t => t.Language));
        Assert.DoesNotContain("caption-language", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutTranscript_SendsTheCourseVocabularyToTheEngineAsItsPrompt()
    {
        var app = await apps.GetAsync();
        long courseId = await app.CourseIdAsync();
        using (await PostAsync(app, "instructor", courseId, "caption-languages", "languages", ""))
        using (var set = await PostAsync(app, "instructor", courseId, "vocabulary", "terms", "Go forward\nmeters\nAna Rivera"))
        {
            Assert.StartsWith("Vocabulary saved: 3 terms.", Notice(set), StringComparison.Ordinal);
        }

        string wav = apps.Timeline.WriteWav(app.Clips.NewPath("spoken.wav"));
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = wav, ContentType = "audio/wav" });

        Assert.Equal("Ready", (await app.WaitUntilDoneAsync(uploaded.RecordingId)).Status);
        var upload = Assert.Single(apps.Speech.Uploads);
        Assert.Equal("Go forward, meters, Ana Rivera", upload.Fields["prompt"]);
        Assert.Equal("openai-transcription", await app.QueryAsync(db => db.Transcripts.Where(t => t.RecordingId == uploaded.RecordingId).Select(t => t.EngineId).SingleAsync()));
    }
}
