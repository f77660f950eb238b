using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Addin.Testing;

/// <summary>
/// Zoom webhook bodies and meeting objects written for these tests from the fields Zoom documents (see
/// tests/fixtures SOURCES.md, "Zoom — facts only"), and requests signed the way Zoom signs them.
/// </summary>
public static class ZoomPayloads
{
    /// <summary>A recorded meeting: an MP4 in two views, an audio-only M4A, and optionally the VTT transcript.</summary>
    public static JsonObject Meeting(long id, string topic, DateTimeOffset start, Uri mp4Url, Uri? transcriptUrl, string fileIdPrefix, Uri? galleryUrl = null)
    {
        string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var end = start.AddMinutes(1);
        JsonObject File(string suffix, string type, string extension, string recordingType, Uri url, long size) => new()
        {
            ["id"] = $"{fileIdPrefix}-{suffix}",
            ["meeting_id"] = $"uuid-{id}==",
            ["recording_start"] = Time(start),
            ["recording_end"] = Time(end),
            ["file_type"] = type,
            ["file_extension"] = extension,
            ["file_size"] = size,
            ["play_url"] = new Uri(url, "play").ToString(),
            ["download_url"] = url.ToString(),
            ["status"] = "completed",
            ["recording_type"] = recordingType,
        };

        var files = new JsonArray
        {
            File("gallery", "MP4", "MP4", "gallery_view", galleryUrl ?? new Uri(mp4Url, "gallery"), 1000),
            File("audio", "M4A", "M4A", "audio_only", new Uri(mp4Url, "audio"), 500),
            File("video", "MP4", "MP4", "shared_screen_with_speaker_view", mp4Url, 2000),
        };
        if (transcriptUrl is not null)
        {
            files.Add(File("transcript", "TRANSCRIPT", "VTT", "audio_transcript", transcriptUrl, 100));
        }

        return new JsonObject
        {
            ["uuid"] = $"uuid-{id}==",
            ["id"] = id,
            ["account_id"] = FakeZoom.AccountId,
            ["host_id"] = "host-T3st",
            ["host_email"] = "ana.rivera@demo-school.test",
            ["topic"] = topic,
            ["type"] = 8,
            ["start_time"] = Time(start),
            ["timezone"] = "Europe/Paris",
            ["duration"] = 1,
            ["total_size"] = 3600,
            ["recording_count"] = files.Count,
            ["share_url"] = new Uri(mp4Url, "share").ToString(),
            ["recording_files"] = files,
        };
    }

    /// <summary>The body of a <c>recording.completed</c> event for a meeting.</summary>
    public static string RecordingCompleted(JsonObject meeting, DateTimeOffset at, string? downloadToken = FakeZoom.DownloadToken) => new JsonObject
    {
        ["event"] = "recording.completed",
        ["event_ts"] = at.ToUnixTimeMilliseconds(),
        ["download_token"] = downloadToken,
        ["payload"] = new JsonObject { ["account_id"] = FakeZoom.AccountId, ["object"] = meeting.DeepClone() },
    }.ToJsonString();

    /// <summary>The body of an <c>endpoint.url_validation</c> event.</summary>
    public static string UrlValidation(string plainToken, DateTimeOffset at) => new JsonObject
    {
        ["event"] = "endpoint.url_validation",
        ["event_ts"] = at.ToUnixTimeMilliseconds(),
        ["payload"] = new JsonObject { ["plainToken"] = plainToken },
    }.ToJsonString();

    /// <summary>The <c>x-zm-request-timestamp</c> and <c>x-zm-signature</c> headers Zoom sends with a body, computed here independently.</summary>
    public static Dictionary<string, string> SignedHeaders(string secretToken, string body, DateTimeOffset at)
    {
        string timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretToken), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["x-zm-request-timestamp"] = timestamp,
            ["x-zm-signature"] = "v0=" + Convert.ToHexStringLower(mac),
        };
    }

    /// <summary>A transcript as Zoom writes it: numbered cues, the speaker as a "Name: " prefix (from a WebVTT with &lt;v&gt; voices).</summary>
    public static string ZoomStyleVtt(string vttWithVoices)
    {
        var output = new StringBuilder("WEBVTT\n");
        int cue = 0;
        foreach (string block in vttWithVoices.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n').SkipWhile(l => !l.Contains("-->", StringComparison.Ordinal)).ToList();
            if (lines.Count < 2)
            {
                continue;
            }

            string text = string.Join(" ", lines.Skip(1));
            if (text.StartsWith("<v ", StringComparison.Ordinal) && text.IndexOf('>', StringComparison.Ordinal) is > 3 and var close)
            {
                text = $"{text[3..close]}: {text[(close + 1)..].Replace("</v>", "", StringComparison.Ordinal)}";
            }

            output.Append(CultureInfo.InvariantCulture, $"\n{++cue}\n{lines[0]}\n{text}\n");
        }

        return output.ToString();
    }
}
