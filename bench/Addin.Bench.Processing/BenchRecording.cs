using System.Globalization;
using System.Text;

namespace Addin.Bench.Processing;

/// <summary>
/// A 1280x720 30 fps H.264/AAC recording of the asked length with a WebVTT transcript, made from ffmpeg's test
/// sources: one minute is encoded (a keyframe every 10 s, as meeting recorders write them) and repeated by stream copy,
/// so an hour takes seconds to make, not the hour an encode of it would take on two cores.
/// </summary>
internal static class BenchRecording
{
    public static async Task<(string Media, string Transcript)> CreateAsync(string folder, int minutes)
    {
        string minute = Path.Combine(folder, "minute.mp4");
        await Ffmpeg.RunAsync("/usr/bin/ffmpeg", [
            "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30:duration=60",
            "-f", "lavfi", "-i", "sine=frequency=330:sample_rate=48000:duration=60",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "30", "-g", "300", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "96k", "-shortest", minute]);

        string media = Path.Combine(folder, "lesson.mp4");
        await Ffmpeg.RunAsync("/usr/bin/ffmpeg", [
            "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-stream_loop", (minutes - 1).ToString(CultureInfo.InvariantCulture), "-i", minute, "-c", "copy", "-movflags", "+faststart", media]);
        File.Delete(minute);

        string transcript = Path.Combine(folder, "lesson.vtt");
        await File.WriteAllTextAsync(transcript, Transcript(TimeSpan.FromMinutes(minutes)));
        return (media, transcript);
    }

    // A line every five seconds, as a talkative lesson has.
    private static string Transcript(TimeSpan length)
    {
        var text = new StringBuilder("WEBVTT\n");
        var step = TimeSpan.FromSeconds(5);
        int line = 0;
        for (var at = TimeSpan.Zero; at + step <= length; at += step)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{Time(at)} --> {Time(at + step)}\n<v Teacher>Line {++line} of the lesson: factoring x squared plus five x plus six.\n");
        }

        return text.ToString();
    }

    private static string Time(TimeSpan t) => t.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
}
