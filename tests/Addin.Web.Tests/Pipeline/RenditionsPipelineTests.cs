using System.Net;
using System.Text.RegularExpressions;
using Addin.Core.Audit;
using Addin.Core.Recordings;
using Addin.Data;
using Addin.Testing;
using FFMpegCore;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// The renditions stage on uploaded recordings, over real HTTP with real ffmpeg: what it makes, how the page offers
/// it, the download of the whole session with captions (audited), and the recordings that cannot have every rendition.
/// </summary>
public sealed partial class RenditionsPipelineTests(PipelineAppFixture apps) : IClassFixture<PipelineAppFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UploadMp4WithVtt_MakesEveryRendition_AndDownloadsOneMp4WithCaptionsAudited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "factoring.mp4");
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, Title = "Factoring: x² + 5x + 6", TranscriptName = "factoring.vtt", TranscriptText = app.Clips.Vtt });

        Assert.True((await app.WaitUntilDoneAsync(uploaded.RecordingId)).IsReady);
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.All(new[] { recording.AudioKey, recording.PlaybackKey, recording.DownloadKey, recording.ThumbnailsKey, recording.ThumbnailSpriteKey }, Assert.NotNull);
        var renditionEvents = recording.Events.Where(e => e.Stage == PipelineStage.Renditions).Select(e => e.Message).ToList();
        Assert.Contains("Audio-only version: the AAC sound, copied as it is.", renditionEvents);
        Assert.Contains(renditionEvents, m => m.StartsWith("Browser version: h264/aac copied", StringComparison.Ordinal));
        Assert.Contains(renditionEvents, m => m.StartsWith("Thumbnails: ", StringComparison.Ordinal));

        var page = await app.PageAsync(uploaded.RecordingId);
        await PlayerAssert.ServesMediaAsync(app.Http, page.AudioOnlyUrl!, await app.StoredBytesAsync(uploaded.RecordingId, r => r.AudioKey), "audio/mp4");

        string track = await app.Http.GetStringAsync(page.ThumbnailsUrl);
        var sprites = SpriteReference().Matches(track).Select(m => m.Groups["url"].Value).Distinct().ToList();
        Assert.Single(sprites);
        using (var sprite = await app.Http.GetAsync(sprites[0]))
        {
            Assert.Equal((HttpStatusCode.OK, "image/jpeg"), (sprite.StatusCode, sprite.Content.Headers.ContentType?.MediaType));
        }

        using var download = await app.Http.GetAsync(page.DownloadUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("video/mp4", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Factoring_ x² + 5x + 6.mp4", download.Content.Headers.ContentDisposition?.FileNameStar);
        string saved = app.Clips.NewPath("downloaded.mp4");
        await File.WriteAllBytesAsync(saved, await download.Content.ReadAsByteArrayAsync());
        var streams = await FFProbe.AnalyseAsync(saved);
        Assert.Equal(("h264", "aac"), (streams.PrimaryVideoStream?.CodecName, streams.PrimaryAudioStream?.CodecName));
        Assert.Equal("mov_text", Assert.Single(streams.SubtitleStreams).CodecName);

        var instructors = await app.QueryAsync(db => db.People.Where(p => p.Name == "Ana Rivera").Select(p => (long?)p.Id).ToListAsync());
        var audits = await app.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.DownloadRecording && a.TargetId == uploaded.RecordingId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToListAsync());
        var audit = Assert.Single(audits);
        Assert.Equal((true, "Factoring_ x² + 5x + 6.mp4"), (audit.Allowed, audit.Detail));
        Assert.Contains(audit.PersonId, instructors);
    }

    [Fact]
    public async Task UploadVp8WebM_IsPlayedAsItIs_AndDownloadsAsOneWebMWithCaptions_NothingReencoded()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.WebM, "factoring.webm");
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, ContentType = "video/webm", Title = "Factoring (WebM)", TranscriptName = "factoring.vtt", TranscriptText = app.Clips.Vtt });

        Assert.True((await app.WaitUntilDoneAsync(uploaded.RecordingId)).IsReady);
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.Null(recording.PlaybackKey);
        Assert.EndsWith("/download.webm", recording.DownloadKey, StringComparison.Ordinal);
        Assert.Contains("Browser version: not needed, browsers play this vp8 WebM as it is.", recording.Events.Select(e => e.Message));

        var page = await app.PageAsync(uploaded.RecordingId);
        await PlayerAssert.ServesMediaAsync(app.Http, page.MediaUrl!, await File.ReadAllBytesAsync(media), "video/webm");
        using var download = await app.Http.GetAsync(page.DownloadUrl);
        Assert.Equal(("video/webm", "Factoring (WebM).webm"), (download.Content.Headers.ContentType?.MediaType, download.Content.Headers.ContentDisposition?.FileNameStar));
        string saved = app.Clips.NewPath("downloaded.webm");
        await File.WriteAllBytesAsync(saved, await download.Content.ReadAsByteArrayAsync());
        var streams = await FFProbe.AnalyseAsync(saved);
        Assert.Equal(("vp8", "opus"), (streams.PrimaryVideoStream?.CodecName, streams.PrimaryAudioStream?.CodecName));
        Assert.Equal("webvtt", Assert.Single(streams.SubtitleStreams).CodecName);
    }

    [Fact]
    public async Task DownloadUrl_OfAnotherRecording_IsRefusedAndAudited()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "only-for-sam.mp4");
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, TranscriptName = "sam.vtt", TranscriptText = app.Clips.Vtt });
        Assert.True((await app.WaitUntilDoneAsync(uploaded.RecordingId)).IsReady);
        string download = (await app.PageAsync(uploaded.RecordingId)).DownloadUrl!;

        // One character of the signed grant changed: a forged link for the same file.
        string forged = download[..^3] + (download[^3] == 'A' ? 'B' : 'A') + download[^2..];
        using var refused = await app.Http.GetAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(refused.Content.Headers.ContentDisposition);
        Assert.Contains(await app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => !a.Allowed).Select(a => a.Detail).ToListAsync()),
            d => d == "forged, damaged or expired media URL");
    }

    [Fact]
    public async Task UploadAudioOnly_IsReadyWithoutThumbnails_PlaysTheM4aAndDownloadsWithCaptions()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.ConvertAsync(app.Clips.Mp4, "phone call.m4a", "-vn", "-c:a", "copy");
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, ContentType = "audio/mp4", TranscriptName = "call.vtt", TranscriptText = app.Clips.Vtt });

        Assert.True((await app.WaitUntilDoneAsync(uploaded.RecordingId)).IsReady);
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.Equal((null, null, null), (recording.ThumbnailsKey, recording.PlaybackKey, recording.PosterKey));
        Assert.NotNull(recording.AudioKey);
        Assert.Contains(recording.Events, e => e.Stage == PipelineStage.Renditions && e.Message == "No thumbnails: the recording is sound only.");
        Assert.DoesNotContain(recording.Events, e => e.Severity != EventSeverity.Info);

        var page = await app.PageAsync(uploaded.RecordingId);
        Assert.Equal("audio", page.PlayerElement);
        Assert.Null(page.AudioOnlyUrl);
        Assert.Null(page.ThumbnailsUrl);
        await PlayerAssert.ServesMediaAsync(app.Http, page.MediaUrl!, await app.StoredBytesAsync(uploaded.RecordingId, r => r.AudioKey), "audio/mp4");
        using var download = await app.Http.GetAsync(page.DownloadUrl);
        string saved = app.Clips.NewPath("call.mp4");
        await File.WriteAllBytesAsync(saved, await download.Content.ReadAsByteArrayAsync());
        var streams = await FFProbe.AnalyseAsync(saved);
        Assert.Null(streams.PrimaryVideoStream);
        Assert.Equal(("aac", "mov_text"), (streams.PrimaryAudioStream?.CodecName, Assert.Single(streams.SubtitleStreams).CodecName));
    }

    [Fact]
    public async Task UploadUnsupportedCodecs_IsTranscodedToH264Aac_ForThePlayerAndTheDownload()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.ConvertAsync(app.Clips.Mp4, "old camera.mkv", "-c:v", "mpeg4", "-q:v", "5", "-c:a", "flac");
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = media, ContentType = "video/x-matroska" });

        Assert.True((await app.WaitUntilDoneAsync(uploaded.RecordingId)).IsReady);
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        Assert.Contains(recording.Events, e => e.Message == "Browser version: mpeg4/flac cannot play in every browser, so it was converted to H.264/AAC.");
        Assert.Contains(recording.Events, e => e.Message == "Audio-only version: the flac sound, encoded as AAC.");
        Assert.Equal(recording.PlaybackKey, recording.DownloadKey);
        string played = app.Clips.NewPath("played.mp4");
        await File.WriteAllBytesAsync(played, await app.PlayerBytesAsync(uploaded.RecordingId));
        var streams = await FFProbe.AnalyseAsync(played);
        Assert.Equal(("h264", "aac"), (streams.PrimaryVideoStream?.CodecName, streams.PrimaryAudioStream?.CodecName));
    }

    [GeneratedRegex(@"^(?<url>/media/[^#\s]+)#xywh=\d+,\d+,\d+,\d+$", RegexOptions.Multiline)]
    private static partial Regex SpriteReference();
}
