using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Addin.Testing;

/// <summary>
/// An OpenAI-compatible <c>POST /v1/audio/transcriptions</c> on 127.0.0.1, as OpenAI documents it: a multipart form in,
/// a <c>verbose_json</c> transcription with segments out (times from the start of the uploaded file). It "hears" the
/// words of the <see cref="SpokenTimeline"/> whose middle lies in the uploaded stretch, one segment per clip.
/// Scripted answers (429, 500, junk) can be queued before it answers normally (see <see cref="FakeOpenAiServer"/>).
/// </summary>
public sealed partial class FakeOpenAiTranscription(SpokenTimeline timeline) : FakeOpenAiServer
{
    public const string TranscriptionsPath = "/v1/audio/transcriptions";
    private readonly List<TranscriptionUpload> uploads = [];

    /// <summary>The well-formed uploads it answered normally, in order.</summary>
    public IReadOnlyList<TranscriptionUpload> Uploads
    {
        get
        {
            lock (uploads)
            {
                return [.. uploads];
            }
        }
    }

    protected override Task<LocalResponse> Answer(RecordedRequest request)
    {
        if (request.Method != "POST" || request.Path != TranscriptionsPath)
        {
            return Task.FromResult(LocalResponse.NotFound(request.Path));
        }

        var upload = TranscriptionUpload.Parse(request);
        long start = timeline.Find(upload.Samples) ?? throw new InvalidOperationException("The uploaded audio is not a stretch of the timeline.");
        lock (uploads)
        {
            uploads.Add(upload with { TimelineStart = TimeSpan.FromSeconds(start / (double)SpokenTimeline.SampleRate) });
        }

        return Task.FromResult(Json(Transcribe(TimeSpan.FromSeconds(start / (double)SpokenTimeline.SampleRate), upload.Duration)));
    }

    private JsonObject Transcribe(TimeSpan from, TimeSpan length)
    {
        var segments = new JsonArray();
        foreach (var clip in timeline.Clips)
        {
            var heard = Enumerable.Range(0, clip.Words.Count)
                .Where(i => clip.WordTime(i) is var (s, e) && (s + e) / 2 >= from && (s + e) / 2 < from + length)
                .ToList();
            if (heard.Count == 0)
            {
                continue;
            }

            segments.Add(new JsonObject
            {
                ["id"] = segments.Count,
                ["seek"] = 0,
                ["start"] = Math.Max(0, (clip.WordTime(heard[0]).Start - from).TotalSeconds),
                ["end"] = Math.Min(length.TotalSeconds, (clip.WordTime(heard[^1]).End - from).TotalSeconds),
                ["text"] = " " + string.Join(' ', heard.Select(i => clip.Words[i])),
                ["tokens"] = new JsonArray(),
                ["temperature"] = 0.0,
                ["avg_logprob"] = -0.25,
                ["compression_ratio"] = 1.2,
                ["no_speech_prob"] = 0.01,
            });
        }

        return new JsonObject
        {
            ["task"] = "transcribe",
            ["language"] = "english",
            ["duration"] = length.TotalSeconds,
            ["text"] = string.Join(' ', segments.Select(s => s!["text"]!.GetValue<string>().Trim())),
            ["segments"] = segments,
        };
    }
}

/// <summary>What one multipart upload carried.</summary>
public sealed partial record TranscriptionUpload(IReadOnlyDictionary<string, string> Fields, string FileName, string FileContentType, short[] Samples)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Samples.Length / (double)SpokenTimeline.SampleRate);

    /// <summary>Where the upload starts on the timeline.</summary>
    public TimeSpan TimelineStart { get; init; }

    public TimeSpan TimelineEnd => TimelineStart + Duration;

    /// <summary>Reads a multipart/form-data body (RFC 7578) byte by byte, so the WAV part arrives intact.</summary>
    public static TranscriptionUpload Parse(RecordedRequest request)
    {
        string boundary = BoundaryPattern().Match(request.ContentType ?? "").Groups[1].Value;
        if (boundary.Length == 0)
        {
            throw new InvalidOperationException($"Not a multipart form: {request.ContentType}");
        }

        byte[] body = request.RawBody, delimiter = Encoding.ASCII.GetBytes("\r\n--" + boundary);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        (string Name, string Type, byte[] Bytes)? file = null;
        int at = body.AsSpan().IndexOf(delimiter.AsSpan(2)) + delimiter.Length - 2;
        while (at > 0 && !body.AsSpan(at).StartsWith("--"u8))
        {
            int headersEnd = body.AsSpan(at).IndexOf("\r\n\r\n"u8) + at;
            string headers = Encoding.UTF8.GetString(body, at, headersEnd - at);
            int contentStart = headersEnd + 4;
            int contentEnd = body.AsSpan(contentStart).IndexOf(delimiter) + contentStart;
            string name = NamePattern().Match(headers).Groups[1].Value;
            var fileName = FileNamePattern().Match(headers);
            if (fileName.Success)
            {
                file = (fileName.Groups[1].Value, TypePattern().Match(headers).Groups[1].Value.Trim(), body[contentStart..contentEnd]);
            }
            else
            {
                fields[name] = Encoding.UTF8.GetString(body, contentStart, contentEnd - contentStart);
            }

            at = contentEnd + delimiter.Length;
        }

        var (uploadedName, type, bytes) = file ?? throw new InvalidOperationException("The form has no file part.");
        return new TranscriptionUpload(fields, uploadedName, type, SpokenTimeline.ReadWav(bytes));
    }

    [GeneratedRegex("boundary=\"?([^\";]+)\"?")]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex("[;\\s]name=\"?([^\";\\r\\n]+)\"?")]
    private static partial Regex NamePattern();

    [GeneratedRegex("filename=\"?([^\";\\r\\n]+)\"?")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex("Content-Type:([^\\r\\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TypePattern();
}
