using Addin.Sdk.Transcription;

namespace Addin.Sdk.Captions;

/// <summary>The cues read from a caption file, and the problems found in it.</summary>
public sealed record CaptionParseResult
{
    /// <summary>The cues that could be read, in time order.</summary>
    public required IReadOnlyList<TranscriptSegment> Segments { get; init; }

    /// <summary>
    /// Problems, each naming its line: a block or cue that was skipped, or text that markup swallowed. No cue is left
    /// out of <see cref="Segments"/> without a problem saying so.
    /// </summary>
    public required IReadOnlyList<CaptionProblem> Problems { get; init; }
}

/// <summary>A problem in a caption file.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record CaptionProblem(int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>The file is not a caption file at all; nothing could be read.</summary>
public sealed class CaptionFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CaptionFormatException(int line, string message)
        : base($"line {line}: {message}")
    {
        Line = line;
    }

    /// <summary>The 1-based line the problem is on.</summary>
    public int Line { get; }
}
