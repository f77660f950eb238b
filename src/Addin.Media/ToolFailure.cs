using System.Text.RegularExpressions;
using Addin.Media.Tools;

namespace Addin.Media;

/// <summary>Reads why ffmpeg or ffprobe failed on an input from its stderr tail.</summary>
internal static partial class ToolFailure
{
    private const int MaxReasonLength = 160;

    private static readonly string[] DecodeErrorMarkers = ["partial file", "corrupt", "Error while decoding", "Invalid NAL"];

    /// <summary>Maps a failed run to the exception a host shows and stores.</summary>
    /// <param name="path">The input, as passed to the tool.</param>
    /// <param name="operation">What was being done, for messages ("Extracting the speech audio").</param>
    /// <param name="tool">The tool that ran.</param>
    /// <param name="result">The run.</param>
    /// <param name="required">The stream the run selected with <c>-map</c>, if any.</param>
    public static MediaProcessingException Classify(string path, string operation, ToolBinary tool, ToolResult result, RequiredStream required = RequiredStream.None)
    {
        string fullPath = Path.GetFullPath(path);
        string output = result.ErrorText;
        if (output.Contains("matches no streams", StringComparison.Ordinal) && required != RequiredStream.None)
        {
            return required == RequiredStream.Audio ? MediaFailures.NoAudio(path, output) : MediaFailures.NoVideo(path, output);
        }

        if (FindOpenFailure(result.ErrorTail, fullPath) is { } openFailure)
        {
            if (openFailure is "No such file or directory" or "Permission denied")
            {
                return MediaFailures.Failed(path, operation, $"{tool.Name}: {openFailure}", output);
            }

            if (output.Contains("moov atom not found", StringComparison.Ordinal) && IsoMedia.HasFileTypeBox(fullPath))
            {
                return MediaFailures.Corrupt(path, "the end of the MP4 file, which holds its index, is missing, so the upload or the recording was cut off", output);
            }

            return MediaFailures.NotMedia(path, $"{tool.Name}: {ShortReason(result.ErrorTail, openFailure, fullPath)}", output);
        }

        if (HasDecodeErrors(result))
        {
            return MediaFailures.Corrupt(path, $"{tool.Name}: {Shorten(result.ErrorTail.Last(), fullPath)}", output);
        }

        string last = result.ErrorTail.Count > 0 ? Shorten(result.ErrorTail[^1], fullPath) : $"exit code {result.ExitCode}";
        return MediaFailures.Failed(path, operation, $"{tool.Name}: {last}", output);
    }

    /// <summary>True when stderr reports damaged data while decoding.</summary>
    public static bool HasDecodeErrors(ToolResult result) => result.ErrorTail.Any(IsDecodeError);

    /// <summary>An error line without ffmpeg's context prefix, with server paths reduced to file names.</summary>
    public static string Shorten(string line, string fullPath)
    {
        string text = ContextPrefix().Replace(line, "").Replace(fullPath, Path.GetFileName(fullPath), StringComparison.Ordinal);
        text = FolderPrefix().Replace(text, "");
        return text.Length > MaxReasonLength ? text[..MaxReasonLength] + "…" : text;
    }

    private static bool IsDecodeError(string line) => DecodeErrorMarkers.Any(marker => line.Contains(marker, StringComparison.Ordinal));

    // ffmpeg reports a file it cannot open as "<path>: <reason>" (and a damaged packet as "<path>: corrupt input packet…").
    private static string? FindOpenFailure(IReadOnlyList<string> lines, string fullPath) =>
        lines.Where(line => line.StartsWith(fullPath + ": ", StringComparison.Ordinal))
            .Select(line => line[(fullPath.Length + 2)..])
            .LastOrDefault(reason => !IsDecodeError(reason));

    private static string ShortReason(IReadOnlyList<string> lines, string openFailure, string fullPath)
    {
        foreach (string line in lines)
        {
            var refused = NotOnWhitelist().Match(line);
            if (refused.Success)
            {
                return $"this kind of file ({refused.Groups["format"].Value}) is not accepted";
            }
        }

        return Shorten(openFailure, fullPath);
    }

    [GeneratedRegex(@"^\[[^\]]* @ 0x[0-9a-f]+\] ")]
    private static partial Regex ContextPrefix();

    // The folders of other absolute paths (an output file, say): "/srv/media/7f3a/" in "/srv/media/7f3a/out.wav".
    [GeneratedRegex(@"(?<![\w.])/(?:[^/\s'""]+/)+")]
    private static partial Regex FolderPrefix();

    [GeneratedRegex(@"^\[(?<format>[^\] @]+) @ 0x[0-9a-f]+\] Format not on whitelist")]
    private static partial Regex NotOnWhitelist();
}

/// <summary>The stream a run selected with <c>-map</c>, so "matches no streams" can name what is missing.</summary>
internal enum RequiredStream
{
    None,
    Audio,
    Video,
}
