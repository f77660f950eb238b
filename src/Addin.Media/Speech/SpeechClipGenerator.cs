using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Addin.Media.Arguments;
using Addin.Media.Processing;
using Addin.Media.Tools;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Speech;

/// <summary>
/// Generates short recordings with real speech (espeak-ng) over a test picture, with a WebVTT transcript whose cues
/// are the true timings of each line. For the demo course and for tests.
/// </summary>
public sealed partial class SpeechClipGenerator
{
    private const int FrameRate = 15;
    private const string Operation = "Generating the demo recording";
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly FfmpegOptions _options;
    private readonly ILogger<SpeechClipGenerator> _logger;
    private readonly ToolBinary _espeak;

    /// <summary>Creates the generator.</summary>
    /// <param name="options">Where ffmpeg is and how long it may run.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="espeakExecutable">The espeak-ng program.</param>
    public SpeechClipGenerator(FfmpegOptions options, ILogger<SpeechClipGenerator> logger, string espeakExecutable = EspeakEnvironment.DefaultExecutable)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(espeakExecutable);
        _options = options;
        _logger = logger;
        _espeak = ToolBinary.Espeak(espeakExecutable);
    }

    /// <summary>Writes <c>&lt;stem&gt;.mp4</c> or <c>&lt;stem&gt;.webm</c> and <c>&lt;stem&gt;.vtt</c> into <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="ArgumentException">The spec is invalid.</exception>
    /// <exception cref="MediaProcessingException">espeak-ng or ffmpeg failed or is missing.</exception>
    public async Task<GeneratedClip> GenerateAsync(SpeechClipSpec spec, string outputDirectory, CancellationToken ct)
    {
        var format = Validate(spec);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        long started = Stopwatch.GetTimestamp();
        var work = Directory.CreateTempSubdirectory("addin-speech-");
        try
        {
            var (track, timings) = await SpeakAllAsync(spec.Lines, work.FullName, ct);
            string mediaPath = await EncodeAsync(spec, format, track, work.FullName, outputDirectory, ct);
            var cues = spec.Lines.Select((line, i) => new SpokenCue(WholeMilliseconds(timings[i].Start), WholeMilliseconds(timings[i].End), line.Speaker, line.Text)).ToList();
            string captionsPath = await WriteTranscriptAsync(cues, Path.Combine(outputDirectory, $"{spec.FileStem}.vtt"), ct);
            LogGenerated(_logger, mediaPath, track.Duration, cues.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new GeneratedClip(mediaPath, captionsPath, track.Duration, cues);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<(WavAudio Track, IReadOnlyList<(TimeSpan Start, TimeSpan End)> Timings)> SpeakAllAsync(
        IReadOnlyList<SpokenLine> lines, string workFolder, CancellationToken ct)
    {
        var audio = new WavAudio[lines.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, lines.Count), parallel, async (i, token) =>
            audio[i] = await SpeakAsync(lines[i], Path.Combine(workFolder, $"line{i + 1}"), i + 1, token));
        try
        {
            return SpeechTrack.Join(audio);
        }
        catch (InvalidDataException ex)
        {
            throw new MediaProcessingException(MediaErrorCode.Failed, ex.Message, innerException: ex);
        }
    }

    private async Task<string> EncodeAsync(SpeechClipSpec spec, ClipFormat format, WavAudio track, string workFolder, string outputDirectory, CancellationToken ct)
    {
        string trackPath = Path.Combine(workFolder, "speech.wav");
        track.Write(trackPath);
        using var media = new PartialOutputFile(Path.Combine(outputDirectory, $"{spec.FileStem}.{format.Extension}"));
        var arguments = format.Encode(new FfmpegArgs()
            .GeneratedInput(string.Create(CultureInfo.InvariantCulture, $"smptebars=size={spec.Width}x{spec.Height}:rate={FrameRate}:duration={FfmpegArgs.Seconds(track.Duration)}"))
            .Input(trackPath)
            .Map("0:v")
            .Map("1:a"));
        if (await PictureFilterAsync(spec, workFolder, ct) is { } pictureFilter)
        {
            arguments.VideoFilter(pictureFilter);
        }

        arguments.Shortest().Output(media.TemporaryPath, format.Muxer);
        await FfmpegRun.RunAsync(_options, media.Destination, Operation, arguments.Build(), RequiredStream.None, onOutputLine: null, _logger, ct);
        media.Commit();
        return media.Destination;
    }

    private static async Task<string> WriteTranscriptAsync(IReadOnlyList<SpokenCue> cues, string path, CancellationToken ct)
    {
        using var captions = new PartialOutputFile(path);
        await File.WriteAllTextAsync(captions.TemporaryPath, WebVttTranscript.Write(cues), Utf8, ct);
        captions.Commit();
        return captions.Destination;
    }

    // The text goes through a file, not the command line: a line starting with '-' would otherwise be an option.
    private async Task<WavAudio> SpeakAsync(SpokenLine line, string pathStem, int number, CancellationToken ct)
    {
        string textPath = pathStem + ".txt";
        string wavPath = pathStem + ".wav";
        await File.WriteAllTextAsync(textPath, line.Text, Utf8, ct);
        ToolResult result;
        try
        {
            result = await FfmpegProcess.RunAsync(
                new ToolInvocation(_espeak, ["-b", "1", "-v", line.Voice, "-w", wavPath, "-f", textPath], _options.ProbeTimeout), _logger, ct);
        }
        catch (TimeoutException ex)
        {
            throw new MediaProcessingException(MediaErrorCode.Timeout, $"espeak-ng did not speak line {number} in time ({ex.Message}).", innerException: ex);
        }

        if (result.ExitCode != 0 || !File.Exists(wavPath))
        {
            throw new MediaProcessingException(
                MediaErrorCode.Failed,
                $"espeak-ng could not speak line {number} with voice '{line.Voice}' ({result.ErrorTail.LastOrDefault() ?? $"exit code {result.ExitCode}"}); list the voices with espeak-ng --voices.",
                result.ErrorText);
        }

        try
        {
            return WavAudio.Read(wavPath);
        }
        catch (InvalidDataException ex)
        {
            throw new MediaProcessingException(MediaErrorCode.Failed, $"espeak-ng wrote line {number} in a form this generator cannot read: {ex.Message}", innerException: ex);
        }
    }

    // The title reaches drawtext through a file with expansion off, so no title text is ever parsed as filter
    // syntax or as a %{…} expression; the running clock is our own constant text.
    private async Task<string?> PictureFilterAsync(SpeechClipSpec spec, string workFolder, CancellationToken ct)
    {
        string? font = FontLocator.Find();
        if (font is null)
        {
            LogNoFont(_logger);
            return null;
        }

        string style = string.Create(CultureInfo.InvariantCulture, $"fontfile={FilterValue.Escape(font)}:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=10:x=(w-text_w)/2");
        string clock = string.Create(CultureInfo.InvariantCulture, $"drawtext={style}:fontsize={spec.Height / 14}:y=h-text_h-h/10:text={FilterValue.Escape("%{pts:hms}")}");
        if (string.IsNullOrWhiteSpace(spec.Title))
        {
            return clock;
        }

        string titlePath = Path.Combine(workFolder, "title.txt");
        await File.WriteAllTextAsync(titlePath, spec.Title, Utf8, ct);
        return string.Create(CultureInfo.InvariantCulture, $"drawtext={style}:fontsize={spec.Height / 10}:y=h/8:expansion=none:textfile={FilterValue.Escape(titlePath)},{clock}");
    }

    // WebVTT times have millisecond precision; the cues returned are exactly the ones written.
    private static TimeSpan WholeMilliseconds(TimeSpan time) => TimeSpan.FromMilliseconds(Math.Round(time.TotalMilliseconds));

    private static ClipFormat Validate(SpeechClipSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!SafeStem().IsMatch(spec.FileStem))
        {
            throw new ArgumentException($"FileStem '{spec.FileStem}' must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit.", nameof(spec));
        }

        var format = ClipFormat.For(spec.Container)
            ?? throw new ArgumentException($"Container '{spec.Container}' is not supported; use 'mp4' or 'webm'.", nameof(spec));
        if (spec.Lines is null || spec.Lines.Count == 0)
        {
            throw new ArgumentException("Lines is empty; a clip needs at least one spoken line.", nameof(spec));
        }

        for (int i = 0; i < spec.Lines.Count; i++)
        {
            var line = spec.Lines[i];
            if (string.IsNullOrWhiteSpace(line.Speaker) || string.IsNullOrWhiteSpace(line.Text))
            {
                throw new ArgumentException($"Line {i + 1} needs a speaker and some text.", nameof(spec));
            }

            if (!VoiceName().IsMatch(line.Voice))
            {
                throw new ArgumentException($"Line {i + 1} has voice '{line.Voice}', which is not an espeak-ng voice name like 'en-us' or 'en-us+f2'.", nameof(spec));
            }
        }

        // x264 and VP8 encode 4:2:0 video, which needs even sizes.
        if (spec.Width is < 64 or > 1920 || spec.Height is < 64 or > 1080 || spec.Width % 2 != 0 || spec.Height % 2 != 0)
        {
            throw new ArgumentException($"Size {spec.Width}x{spec.Height} must be even, 64-1920 wide and 64-1080 high.", nameof(spec));
        }

        return format;
    }

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]{0,99}\z")]
    private static partial Regex SafeStem();

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_-]*(\+[A-Za-z0-9_-]+)?\z")]
    private static partial Regex VoiceName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated {MediaPath} ({Duration}, {LineCount} lines) in {ElapsedMs:F0} ms")]
    private static partial void LogGenerated(ILogger logger, string mediaPath, TimeSpan duration, int lineCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "No TrueType font under /usr/share/fonts; generated clips carry no title or clock (apt-get install fonts-dejavu-core adds one)")]
    private static partial void LogNoFont(ILogger logger);
}
