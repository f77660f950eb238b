using System.Globalization;

namespace Addin.Media.Arguments;

/// <summary>
/// Builds an ffmpeg argument list from small pieces (inputs, stream choice, codecs, filters, output). Each piece adds
/// whole argv entries; nothing is ever joined into a command string.
/// </summary>
internal sealed class FfmpegArgs
{
    // -nostdin: ffmpeg otherwise polls stdin for interactive keys ('q', 'c'); in a job that is at best useless.
    // -nostats with -loglevel error: stderr then holds only errors, which become the failure's stderr tail.
    private readonly List<string> _arguments = ["-hide_banner", "-nostdin", "-nostats", "-loglevel", "error"];

    /// <summary>Reports progress as key=value lines on stdout (<c>out_time_us=…</c>), read by <see cref="Processing.FfmpegProgress"/>.</summary>
    public FfmpegArgs WithProgress() => Add("-progress", "pipe:1");

    /// <summary>
    /// A file input under <see cref="InputPolicy"/>; <paramref name="seek"/> goes before <c>-i</c>, a fast keyframe seek
    /// (frame-accurate when the output is encoded), and <paramref name="length"/> stops reading the input after that long.
    /// </summary>
    public FfmpegArgs Input(string path, TimeSpan? seek = null, TimeSpan? length = null)
    {
        if (seek is { } at)
        {
            Add("-ss", Seconds(at));
        }

        if (length is { } duration)
        {
            Add("-t", Seconds(duration));
        }

        _arguments.AddRange(InputPolicy.Arguments);
        return Add("-i", FullPath(path));
    }

    /// <summary>
    /// A file Addin wrote itself (captions, thumbnail frames), read with the named demuxer. The input policy's format
    /// list is for uploads; this input's format is fixed, and only local files may be opened.
    /// </summary>
    public FfmpegArgs OwnInput(string path, string format, params string[] inputOptions)
    {
        Add("-protocol_whitelist", "file", "-f", format);
        Add(inputOptions);
        return Add("-i", FullPath(path));
    }

    /// <summary>A generated input from a libavfilter source such as <c>smptebars=size=640x360</c>.</summary>
    public FfmpegArgs GeneratedInput(string sourceGraph) => Add("-f", "lavfi", "-i", sourceGraph);

    /// <summary>Selects a stream, e.g. <c>0:a:0</c>; ffmpeg fails with "matches no streams" when it is absent.</summary>
    public FfmpegArgs Map(string streamSpecifier) => Add("-map", streamSpecifier);

    /// <summary>Selects a stream when the input has it, e.g. <c>0:a:0?</c>.</summary>
    public FfmpegArgs MapIfPresent(string streamSpecifier) => Add("-map", streamSpecifier + "?");

    /// <summary>Drops subtitle and data streams from the output.</summary>
    public FfmpegArgs NoSubtitlesOrData() => Add("-sn", "-dn");

    /// <summary>Moves the MP4 index (moov) to the front, so a browser starts playing before the whole file has arrived.</summary>
    public FfmpegArgs FastStart() => Add("-movflags", "+faststart");

    /// <summary>Drops video, subtitle and data streams from the output.</summary>
    public FfmpegArgs AudioOnly() => Add("-vn", "-sn", "-dn");

    /// <summary>Sets the audio codec and, when given, its sample rate and channel count.</summary>
    public FfmpegArgs AudioCodec(string codec, int? sampleRate = null, int? channels = null)
    {
        Add("-c:a", codec);
        if (sampleRate is { } rate)
        {
            Add("-ar", rate.ToString(CultureInfo.InvariantCulture));
        }

        return channels is { } count ? Add("-ac", count.ToString(CultureInfo.InvariantCulture)) : this;
    }

    /// <summary>Sets the video codec followed by its own options (<c>-preset</c>, <c>-crf</c>, …).</summary>
    public FfmpegArgs VideoCodec(string codec, params string[] codecOptions)
    {
        Add("-c:v", codec);
        return Add(codecOptions);
    }

    /// <summary>Adds options that follow the codec choice, such as <c>-b:a 64k</c>.</summary>
    public FfmpegArgs Options(params string[] options) => Add(options);

    /// <summary>A filter graph over several inputs; its labelled outputs are chosen with <see cref="Map"/> (<c>[v]</c>).</summary>
    public FfmpegArgs FilterComplex(string graph) => Add("-filter_complex", graph);

    /// <summary>A simple video filter chain.</summary>
    public FfmpegArgs VideoFilter(string chain) => Add("-vf", chain);

    /// <summary>Stops after this many video frames.</summary>
    public FfmpegArgs VideoFrames(int count) => Add("-frames:v", count.ToString(CultureInfo.InvariantCulture));

    /// <summary>Ends the output with its shortest stream.</summary>
    public FfmpegArgs Shortest() => Add("-shortest");

    /// <summary>The output file, written in the given muxer format and replaced if it exists.</summary>
    public FfmpegArgs Output(string path, string format) => Add("-f", format, "-y", FullPath(path));

    public IReadOnlyList<string> Build() => [.. _arguments];

    internal static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    // An absolute path starts with '/', so ffmpeg can never read it as an option ("-x") or a protocol ("concat:…").
    private static string FullPath(string path) => Path.GetFullPath(path);

    private FfmpegArgs Add(params string[] arguments)
    {
        _arguments.AddRange(arguments);
        return this;
    }
}
