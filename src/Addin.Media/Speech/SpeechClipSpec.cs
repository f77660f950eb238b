namespace Addin.Media.Speech;

/// <summary>A short recording to generate: lines spoken in turn over a test picture.</summary>
public sealed record SpeechClipSpec
{
    /// <summary>The output file name without extension; letters, digits, '.', '_' and '-' only.</summary>
    public required string FileStem { get; init; }

    /// <summary><c>mp4</c> (H.264 + AAC) or <c>webm</c> (VP8 + Opus).</summary>
    public string Container { get; init; } = "mp4";

    /// <summary>The lines, spoken in order with short pauses between them.</summary>
    public required IReadOnlyList<SpokenLine> Lines { get; init; }

    /// <summary>Picture width in pixels; even.</summary>
    public int Width { get; init; } = 640;

    /// <summary>Picture height in pixels; even.</summary>
    public int Height { get; init; } = 360;

    /// <summary>Text shown on the picture when a font is installed; empty for none.</summary>
    public string Title { get; init; } = "";
}

/// <summary>One line of speech.</summary>
/// <param name="Speaker">The name written as the caption's voice (<c>&lt;v Speaker&gt;</c>).</param>
/// <param name="Text">What is said.</param>
/// <param name="Voice">The espeak-ng voice, e.g. <c>en-us+m3</c> or <c>en-us+f2</c>.</param>
public sealed record SpokenLine(string Speaker, string Text, string Voice = "en-us");

/// <summary>A generated recording and its transcript.</summary>
/// <param name="MediaPath">The MP4 or WebM file.</param>
/// <param name="CaptionsPath">The WebVTT transcript beside it (<c>&lt;stem&gt;.vtt</c>).</param>
/// <param name="Duration">The length of the recording.</param>
/// <param name="Cues">When each line is spoken, as written to the transcript.</param>
public sealed record GeneratedClip(string MediaPath, string CaptionsPath, TimeSpan Duration, IReadOnlyList<SpokenCue> Cues);

/// <summary>When a line is heard in a generated recording.</summary>
public sealed record SpokenCue(TimeSpan Start, TimeSpan End, string Speaker, string Text);
