namespace Addin.Sdk.Transcription;

/// <summary>Turns a recording's speech, or the transcript it came with, into a timed <see cref="Transcript"/>.</summary>
/// <remarks>
/// A platform lists its engines in order; the host uses the first whose <see cref="CanTranscribe"/> accepts the
/// request. Engines report progress from 0 to 1 and stop promptly when cancelled.
/// </remarks>
public interface ITranscriptionEngine
{
    /// <summary>True when this engine can handle the request (for example: a source transcript is present).</summary>
    bool CanTranscribe(TranscriptionRequest request);

    /// <summary>Produces the transcript.</summary>
    /// <exception cref="TranscriptionException">The input cannot be transcribed; the message says why.</exception>
    Task<Transcript> TranscribeAsync(TranscriptionRequest request, IProgress<double> progress, CancellationToken cancellationToken);
}

/// <summary>What an engine gets to work on.</summary>
public sealed record TranscriptionRequest
{
    /// <summary>The recording's audio as a 16 kHz mono 16-bit PCM WAV file, when the host extracted it.</summary>
    public string? AudioPath { get; init; }

    /// <summary>The recording's duration.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>The transcript that came with the recording, if any.</summary>
    public Recordings.TranscriptFile? SourceTranscript { get; init; }

    /// <summary>The expected language (BCP 47), or null to detect it.</summary>
    public string? Language { get; init; }

    /// <summary>Course vocabulary (terms, names) engines may use as hints.</summary>
    public IReadOnlyList<string> Vocabulary { get; init; } = [];
}

/// <summary>The input cannot be transcribed. Not retried: the message tells a person what to do.</summary>
public sealed class TranscriptionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TranscriptionException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
