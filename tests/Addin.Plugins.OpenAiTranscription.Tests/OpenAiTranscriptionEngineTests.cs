using System.Text.Json.Nodes;
using Addin.Plugins.OpenAiTranscription.Api;
using Addin.Sdk.Transcription;
using Addin.Testing;

namespace Addin.Plugins.OpenAiTranscription.Tests;

/// <summary>
/// The engine against an OpenAI-compatible server on 127.0.0.1 (multipart in, verbose_json out), on real recorded
/// speech from tests/fixtures/asr laid end to end with silences.
/// </summary>
public sealed class OpenAiTranscriptionEngineTests
{
    private static readonly TimeSpan Gap = TimeSpan.FromSeconds(1.5);

    private static readonly string[] LongClips =
    [
        "jfk.wav", "librivox_sense_and_sensibility_0870.wav", "cards_005.wav", "librivox_sense_and_sensibility_0890.wav",
        "goforward.wav", "librivox_sense_and_sensibility_0920.wav", "cards_002.wav",
    ];

    private static readonly JsonObject ShortPieces = new() { ["maxChunkDuration"] = "00:00:12", ["overlap"] = "00:00:02" };

    [Fact]
    public async Task Transcribe_ShortAudio_SendsOneFormWithTheDocumentedFields()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "jfk.wav"));

        var transcript = await h.TranscribeAsync("en-US", "Kennedy", "inaugural address");

        var upload = Assert.Single(h.Server.Uploads);
        Assert.Equal("whisper-1", upload.Fields["model"]);
        Assert.Equal("verbose_json", upload.Fields["response_format"]);
        Assert.Equal("segment", upload.Fields["timestamp_granularities[]"]);
        Assert.Equal("en", upload.Fields["language"]);
        Assert.Equal("Kennedy, inaugural address", upload.Fields["prompt"]);
        Assert.Equal("audio/wav", upload.FileContentType);
        Assert.EndsWith(".wav", upload.FileName, StringComparison.Ordinal);
        Assert.Equal(h.Timeline.Samples, upload.Samples);
        Assert.Equal("Bearer sk-test-key", Assert.Single(h.Server.Requests).Authorization);

        var segment = Assert.Single(transcript.Segments);
        Assert.Equal(string.Join(' ', h.Timeline.Words), segment.Text);
        Assert.Equal(TimeSpan.Zero, segment.Start);
        Assert.Equal(h.Timeline.Duration.TotalSeconds, segment.End.TotalSeconds, 2);
        Assert.Equal(Math.Exp(-0.25), segment.Confidence!.Value, 6);
        Assert.Equal("en-US", transcript.Language);
        Assert.Equal("openai-transcription", transcript.EngineId);
    }

    [Fact]
    public async Task Transcribe_NoLanguageGiven_SendsNoneAndKeepsTheDetectedOne()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"));

        var transcript = await h.TranscribeAsync();

        var upload = Assert.Single(h.Server.Uploads);
        Assert.False(upload.Fields.ContainsKey("language"));
        Assert.False(upload.Fields.ContainsKey("prompt"));
        Assert.Equal("en", transcript.Language);
    }

    [Fact]
    public async Task Transcribe_AzureSettings_SendsTheKeyAsApiKeyAndTheApiVersion()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"), new JsonObject { ["apiKeyHeader"] = "api-key", ["apiVersion"] = "2024-06-01" });

        await h.TranscribeAsync();

        var request = Assert.Single(h.Server.Requests);
        Assert.Null(request.Authorization);
        Assert.Equal("sk-test-key", request.Headers["api-key"]);
        Assert.Equal("?api-version=2024-06-01", request.Url.Query);
    }

    [Fact]
    public async Task Transcribe_LongAudio_SendsPiecesCutInSilenceThatOverlap()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, LongClips), ShortPieces);

        await h.TranscribeAsync();

        var uploads = h.Server.Uploads;
        Assert.True(uploads.Count >= 4, $"{uploads.Count} pieces for {h.Timeline.Duration}");
        Assert.Equal(TimeSpan.Zero, uploads[0].TimelineStart);
        Assert.Equal(h.Timeline.Duration.TotalSeconds, uploads[^1].TimelineEnd.TotalSeconds, 3);
        double speech = Rms(h.Timeline.Samples, 0, h.Timeline.Samples.Length);
        for (int i = 1; i < uploads.Count; i++)
        {
            var cut = uploads[i].TimelineStart;
            Assert.True(uploads[i - 1].Duration <= TimeSpan.FromSeconds(12), $"piece {i} lasts {uploads[i - 1].Duration}");
            Assert.Equal(2.0, (uploads[i - 1].TimelineEnd - cut).TotalSeconds, 3);
            int at = (int)(cut.TotalSeconds * SpokenTimeline.SampleRate);
            // Within 60 ms of the cut the level is the recording's noise floor (jfk.wav's crowd is about −21 dB from its speech).
            double aroundCut = Rms(h.Timeline.Samples, at - 960, at + 960);
            Assert.True(aroundCut < speech / 6, $"cut {i} at {cut} is not in silence: RMS {aroundCut:0} against {speech:0} overall");
        }
    }

    [Fact]
    public async Task Transcribe_LongAudio_JoinsPiecesWithoutRepeatedOrLostWords()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, LongClips), ShortPieces);

        var transcript = await h.TranscribeAsync();

        var heard = h.Server.Uploads.Sum(u => h.Timeline.Clips.Sum(c => Enumerable.Range(0, c.Words.Count)
            .Count(i => c.WordTime(i) is var (s, e) && (s + e) / 2 >= u.TimelineStart && (s + e) / 2 < u.TimelineEnd)));
        Assert.True(heard > h.Timeline.Words.Count, "The overlaps repeated no word, so the seams were not tested.");
        Assert.Equal(h.Timeline.Words, transcript.Segments.SelectMany(s => s.Text.Split(' ')));
        Assert.Equal(transcript.Segments.OrderBy(s => s.Start), transcript.Segments);
        var lastClip = h.Timeline.Clips[^1];
        Assert.Equal(lastClip.Offset.TotalSeconds, transcript.Segments[^1].Start.TotalSeconds, 1);
    }

    [Fact]
    public async Task Transcribe_429WithRetryAfter_WaitsAsAskedThenSucceeds()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"));
        h.Server.AnswerNext(FakeOpenAiServer.RateLimited(7));

        var call = h.TranscribeAsync();
        await h.Time.WaitForTimerAsync();
        h.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(call.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var transcript = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, h.Server.Requests.Count);
        Assert.Equal(string.Join(' ', h.Timeline.Words), Assert.Single(transcript.Segments).Text);
    }

    [Fact]
    public async Task Transcribe_500EveryTime_FailsAfterMaxAttemptsSoTheHostRetriesLater()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"), new JsonObject { ["maxAttempts"] = 3 });
        h.Server.AnswerNext(FakeOpenAiServer.ServerError(), FakeOpenAiServer.ServerError(), FakeOpenAiServer.ServerError());

        var call = h.TranscribeAsync();
        for (int wait = 1; wait <= 2; wait *= 2)
        {
            await h.Time.WaitForTimerAsync();
            h.Time.Advance(TimeSpan.FromSeconds(wait));
        }

        var ex = await Assert.ThrowsAsync<TranscriptionServiceException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(500, ex.StatusCode);
        Assert.Contains("kept failing (HTTP 500) after 3 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("The server had an error while processing your request.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, h.Server.Requests.Count);
    }

    [Fact]
    public async Task Transcribe_RetryAfterLongerThanAllowed_FailsAtOnce()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"), new JsonObject { ["maxRetryWait"] = "00:00:30" });
        h.Server.AnswerNext(FakeOpenAiServer.RateLimited(120));

        var ex = await Assert.ThrowsAsync<TranscriptionServiceException>(() => h.TranscribeAsync().WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("rate limit (HTTP 429) held after 1 attempt(s) and it asks to wait 120 s", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task Transcribe_401_FailsNamingTheKeySetting()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"));
        h.Server.AnswerNext(FakeOpenAiServer.InvalidKey());

        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => h.TranscribeAsync());

        Assert.Contains("refused the API key (HTTP 401): Incorrect API key provided", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Addin__Providers__Settings__openai-transcription__apiKey", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Server.Requests);
    }

    [Theory]
    [InlineData("text/html", "<html><body>Welcome to nginx!</body></html>", "is not JSON")]
    [InlineData("application/json", """{"text":"hello there"}""", "without segments")]
    [InlineData("application/json", """{"segments":[{"start":"soon","end":1,"text":"x"}]}""", "is not JSON")]
    public async Task Transcribe_MalformedAnswer_FailsClearly(string contentType, string body, string expected)
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"));
        h.Server.AnswerNext(new LocalResponse(System.Net.HttpStatusCode.OK, contentType, body));

        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => h.TranscribeAsync());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains(h.Server.ApiBaseUrl + "audio/transcriptions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcribe_NotAPcmWav_FailsClearlyWithoutARequest()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"));
        await File.WriteAllTextAsync(h.AudioPath, "ID3 not a wav");

        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => h.TranscribeAsync());

        Assert.Contains("it is not a WAV file", ex.Message, StringComparison.Ordinal);
        Assert.Empty(h.Server.Requests);
    }

    [Fact]
    public async Task Transcribe_EmptyWav_FailsClearlyWithoutARequest()
    {
        using var h = new EngineHarness(SpokenTimeline.Build(Gap, "goforward.wav"));
        await File.WriteAllBytesAsync(h.AudioPath, SpokenTimeline.ToWav([]));

        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => h.TranscribeAsync());

        Assert.Contains("audio is empty", ex.Message, StringComparison.Ordinal);
        Assert.Empty(h.Server.Requests);
    }

    private static double Rms(short[] samples, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(samples.Length, to);
        double sum = 0;
        for (int i = from; i < to; i++)
        {
            sum += (double)samples[i] * samples[i];
        }

        return Math.Sqrt(sum / (to - from));
    }
}
