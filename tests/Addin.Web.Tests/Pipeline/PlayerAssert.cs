using System.Net;
using System.Net.Http.Headers;
using Addin.Sdk.Captions;

namespace Addin.Web.Tests.Pipeline;

/// <summary>Checks that a recording plays from its page as a browser would play it.</summary>
internal static class PlayerAssert
{
    /// <summary>
    /// The page has the player with the media URL, the captions track and the transcript of <see cref="TestClips.Lines"/>
    /// with speakers; the media URL serves the browser MP4 made from the original (or the original WebM that browsers play
    /// as it is) and answers range requests; the
    /// captions URL serves WebVTT with the same lines.
    /// </summary>
    public static async Task PlaysAsync(PipelineApp app, long recordingId)
    {
        var page = await app.PageAsync(recordingId);
        Assert.Equal("video", page.PlayerElement);
        Assert.StartsWith("/media/", page.MediaUrl, StringComparison.Ordinal);
        Assert.StartsWith("/media/", page.CaptionsUrl, StringComparison.Ordinal);
        var expectedLines = TestClips.Lines.Select(l => ((string?)l.Speaker, l.Text)).ToList();
        Assert.Equal(expectedLines, page.Transcript);

        var recording = await app.RecordingAsync(recordingId);
        string served = recording.PlaybackKey is null ? recording.ContentType! : "video/mp4";
        await ServesMediaAsync(app.Http, page.MediaUrl!, await app.PlayerBytesAsync(recordingId), served);

        using var captions = await app.Http.GetAsync(page.CaptionsUrl);
        Assert.Equal(HttpStatusCode.OK, captions.StatusCode);
        Assert.Equal("text/vtt", captions.Content.Headers.ContentType?.MediaType);
        string vtt = await captions.Content.ReadAsStringAsync();
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
        var parsed = WebVttParser.Parse(vtt);
        Assert.Empty(parsed.Problems);
        Assert.Equal(expectedLines, parsed.Segments.Select(s => (s.Speaker, s.Text)));
    }

    /// <summary>The whole file with 200, its type and <c>Accept-Ranges: bytes</c>; bytes 100-199 with 206 and the right Content-Range.</summary>
    public static async Task ServesMediaAsync(HttpClient http, string url, byte[] original, string contentType)
    {
        using var whole = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(contentType, whole.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bytes", whole.Headers.AcceptRanges);
        Assert.Equal(original, await whole.Content.ReadAsByteArrayAsync());

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(100, 199);
        using var part = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal($"bytes 100-199/{original.Length}", part.Content.Headers.ContentRange?.ToString());
        Assert.Equal(contentType, part.Content.Headers.ContentType?.MediaType);
        Assert.Equal(original[100..200], await part.Content.ReadAsByteArrayAsync());
    }
}
