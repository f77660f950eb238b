using System.Globalization;
using System.Text;

namespace Addin.Media.Renditions;

/// <summary>
/// Writes a WebVTT thumbnails track: one cue per frame, its text the sprite's file name with a media fragment
/// (<c>#xywh=x,y,w,h</c>) naming the frame's tile, the form players read for scrubber previews.
/// </summary>
internal static class WebVttThumbnails
{
    public static string Write(string spriteName, TimeSpan duration, int frames, int columns, int tileWidth, int tileHeight)
    {
        var text = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < frames; i++)
        {
            var start = duration * i / frames;
            var end = duration * (i + 1) / frames;
            int x = i % columns * tileWidth;
            int y = i / columns * tileHeight;
            text.Append(CultureInfo.InvariantCulture, $"\n{Time(start)} --> {Time(end)}\n{spriteName}#xywh={x},{y},{tileWidth},{tileHeight}\n");
        }

        return text.ToString();
    }

    /// <summary>The moment each frame is taken: the middle of its cue.</summary>
    public static TimeSpan FrameTime(TimeSpan duration, int index, int frames) => duration * (index + 0.5) / frames;

    private static string Time(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");
}
