using Addin.Sdk.Captions;
using Addin.Sdk.Transcription;

namespace Addin.Plugins.SourceTranscript;

/// <summary>
/// Turns the transcript a recording came with into a <see cref="Transcript"/>: WebVTT (speakers from <c>&lt;v&gt;</c>
/// voices) or SRT. Cues that cannot be read are skipped and listed in <see cref="Transcript.Warnings"/>; a file with no
/// readable cue at all is refused with a <see cref="TranscriptionException"/>.
/// </summary>
public sealed class SourceTranscriptEngine : ITranscriptionEngine
{
    private const string WhatToDo =
        "Correct the cue timings (00:00:01.000 --> 00:00:04.000, each cue after a blank line) and provide the transcript again, or remove it so the recording is transcribed from its audio.";

    private readonly string _engineId;

    /// <summary>Creates the engine.</summary>
    /// <param name="engineId">The provider id, recorded as <see cref="Transcript.EngineId"/>.</param>
    public SourceTranscriptEngine(string engineId)
    {
        ArgumentException.ThrowIfNullOrEmpty(engineId);
        _engineId = engineId;
    }

    /// <inheritdoc/>
    public bool CanTranscribe(TranscriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.SourceTranscript is not null;
    }

    /// <inheritdoc/>
    public Task<Transcript> TranscribeAsync(TranscriptionRequest request, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        cancellationToken.ThrowIfCancellationRequested();
        var source = request.SourceTranscript
                     ?? throw new ArgumentException("The request has no source transcript; ask CanTranscribe first.", nameof(request));

        var parsed = Parse(source);
        if (parsed.Segments.Count == 0)
        {
            throw new TranscriptionException($"The transcript '{source.Origin}' has no readable cue: {Why(parsed.Problems)} {WhatToDo}");
        }

        progress.Report(1);
        return Task.FromResult(new Transcript
        {
            Segments = parsed.Segments,
            Language = source.Language ?? request.Language,
            EngineId = _engineId,
            Warnings = parsed.Problems.Select(p => p.ToString()).ToList(),
        });
    }

    private static CaptionParseResult Parse(Sdk.Recordings.TranscriptFile source)
    {
        try
        {
            return source.Format.ToUpperInvariant() switch
            {
                "VTT" => WebVttParser.Parse(source.Content),
                "SRT" => SrtParser.Parse(source.Content),
                _ => throw new TranscriptionException(
                    $"The transcript '{source.Origin}' is in the format '{source.Format}', which this engine cannot read. Provide it as WebVTT (.vtt) or SRT (.srt)."),
            };
        }
        catch (CaptionFormatException ex)
        {
            throw new TranscriptionException($"The transcript '{source.Origin}' cannot be read: {ex.Message}", ex);
        }
    }

    private static string Why(IReadOnlyList<CaptionProblem> problems) => problems.Count switch
    {
        0 => "no cue follows the header.",
        1 => problems[0].ToString(),
        _ => $"{problems[0]} (and {problems.Count - 1} more like it)",
    };
}
